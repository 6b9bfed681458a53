using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using DataPlatform.Domain.Projects;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DataPlatform.Features.Platform.Projects.ExportProject;

public static class ExportProjectEndpoint
{
    public static RouteHandlerBuilder MapExportProject(this RouteGroupBuilder group) => group
        .MapGet("/{project_id:guid}/export", async (
            [FromRoute(Name = "project_id")] Guid projectId,
            HttpContext http,
            ISender sender,
            IArtifactStore artifacts,
            IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
            ILogger<ExportProjectRequest> logger,
            CancellationToken cancellationToken) =>
        {
            var export = await sender.Send(new ExportProjectRequest(projectId), cancellationToken);
            // Everything that can fail is done before the response starts: a failure is then the error
            // envelope, not a 200 with a broken archive.
            var manifest = JsonSerializer.SerializeToUtf8Bytes(export.Manifest, json.Value.SerializerOptions);
            if (export.Files.FirstOrDefault(file => !File.Exists(artifacts.PathOf(file.Sha256))) is { } missing)
            {
                throw new InvalidOperationException($"The stored file {missing.Sha256} of project {projectId} is missing from the artifact folder.");
            }

            // ZipArchive finishes each compressed entry with a small synchronous write, even on its async path.
            if (http.Features.Get<IHttpBodyControlFeature>() is { } body)
            {
                body.AllowSynchronousIO = true;
            }

            return Results.Stream(
                async body =>
                {
                    var started = Stopwatch.GetTimestamp();
                    await WriteAsync(body, manifest, export.Files, artifacts, cancellationToken);
                    logger.LogInformation(
                        "Exported project {ProjectId}: {Files} file(s) in {Seconds:F1} s", projectId, export.Files.Count, Stopwatch.GetElapsedTime(started).TotalSeconds);
                },
                "application/zip",
                export.FileName);
        })
        .WithName("ExportProject")
        .WithSummary("The whole project as a ZIP: manifest.json and every file, streamed (owners and editors)")
        .WithDescription("manifest.json holds the project, members, datasets with their versions, schema, statistics and quality, experiments, models, deployments, tasks, decisions, collections, the timeline, and each file's path and SHA-256. Files are under artifacts/<artifact id>.")
        .Produces(StatusCodes.Status200OK, typeof(Stream), "application/zip")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

    /// <summary>Writes the archive entry by entry; each file is copied from the store in chunks, so memory does not grow with its size.</summary>
    private static async Task WriteAsync(Stream body, byte[] manifest, IReadOnlyList<ExportedFile> files, IArtifactStore artifacts, CancellationToken cancellationToken)
    {
        await using var zip = await ZipArchive.CreateAsync(body, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        await using (var entry = await zip.CreateEntry(ProjectManifest.EntryName, CompressionLevel.Optimal).OpenAsync(cancellationToken))
        {
            await entry.WriteAsync(manifest, cancellationToken);
        }

        foreach (var file in files)
        {
            await using var source = artifacts.OpenRead(file.Sha256);
            await using var entry = await zip.CreateEntry(file.Path, CompressionLevel.Fastest).OpenAsync(cancellationToken);
            await source.CopyToAsync(entry, cancellationToken);
        }
    }
}
