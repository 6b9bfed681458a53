using System.Data.Common;
using System.IO.Compression;
using System.Text.Json;
using Dapper;
using DataPlatform.Domain.Artifacts;
using DataPlatform.Domain.Collections;
using DataPlatform.Domain.Datasets;
using DataPlatform.Domain.Projects;
using DataPlatform.Domain.Records;
using DataPlatform.Domain.Timeline;
using DataPlatform.Domain.Traceability;
using DataPlatform.Features.Platform.Datasets;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace DataPlatform.Features.Platform.Projects.ImportProject;

/// <summary>
/// Recreates an exported project with new ids, in one transaction: the caller owns it, exported
/// members with an account here keep their roles, every file is checked against its SHA-256 before
/// anything is written, and a refused or failed import leaves no row and no file behind.
/// </summary>
public sealed class ImportProjectHandler(
    DatabaseSession session, Database database,
    DatasetIngest ingest,
    IArtifactStore artifacts,
    IOptions<DataPlatformOptions> options,
    IOptions<JsonOptions> json,
    CurrentUser currentUser,
    Clock clock,
    ILogger<ImportProjectHandler> logger)
    : ICommandHandler<ImportProjectRequest, ImportProjectResponse>
{
    /// <summary>Emails one statement looks up at most (far below both databases' limits on parameters).</summary>
    private const int EmailsPerLookup = 500;

    /// <summary>The files of an archive may expand to this many times the upload limit, no more.</summary>
    private const int ExpansionFactor = 10;

    public async ValueTask<ImportProjectResponse> Handle(ImportProjectRequest request, CancellationToken cancellationToken)
    {
        var maxBytes = options.Value.MaxDatasetUploadBytes;
        var archive = await artifacts.StageAsync(request.File!.Content, maxBytes, cancellationToken);
        var staged = new Dictionary<string, StagedArtifact>(StringComparer.Ordinal);
        var moved = new List<string>();
        // When the import fails, its transaction rolls back; the files it moved into place go after it.
        session.OnFailure(async () => await ArtifactRows.RemoveFilesAsync(database, await session.ConnectionAsync(CancellationToken.None), artifacts, moved));
        try
        {
            ProjectManifest manifest;
            await using (var file = new FileStream(archive.TemporaryPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous))
            {
                ZipArchive zip;
                try
                {
                    zip = await ZipArchive.CreateAsync(file, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, cancellationToken);
                }
                catch (InvalidDataException)
                {
                    throw ImportArchive.Refused($"'{request.File.FileName}' is not a ZIP archive.");
                }

                await using (zip)
                {
                    manifest = await ImportArchive.ReadManifestAsync(zip, json.Value.SerializerOptions, cancellationToken);
                    logger.LogInformation("Importing project '{Name}': {Files} file(s), {Datasets} dataset(s)", manifest.Project.Name, manifest.Files.Count, manifest.Datasets.Count);
                    await ImportArchive.StageFilesAsync(zip, manifest, artifacts, maxBytes * ExpansionFactor, staged, cancellationToken);
                }
            }

            var profiles = await ProfileVersionsAsync(manifest, staged, cancellationToken);
            var response = await WriteAsync(manifest, staged, profiles, moved, cancellationToken);
            logger.LogInformation("User {UserId} imported project {ProjectId} from '{FileName}'", currentUser.Id, response.ProjectId, request.File.FileName);
            return response;
        }
        finally
        {
            artifacts.Discard(archive);
            foreach (var copy in staged.Values)
            {
                artifacts.Discard(copy);
            }
        }
    }

    /// <summary>
    /// The schema, statistics and quality of each version come from its file, profiled here as an
    /// upload would be, never from the manifest: a file profiled once however many versions share it.
    /// </summary>
    private async Task<Dictionary<string, ProfileColumns>> ProfileVersionsAsync(ProjectManifest manifest, Dictionary<string, StagedArtifact> staged, CancellationToken cancellationToken)
    {
        var profiles = new Dictionary<string, ProfileColumns>(StringComparer.Ordinal);
        foreach (var dataset in manifest.Datasets)
        {
            foreach (var version in dataset.Versions.Where(v => !profiles.ContainsKey(v.File)))
            {
                var size = staged[version.File].Size;
                if (size > options.Value.MaxDatasetUploadBytes)
                {
                    // As an upload of it would be: the limit bounds what one profile holds in memory.
                    throw ImportArchive.Refused($"version {version.Version} of dataset '{dataset.Name}': the file is {size:N0} bytes, over the upload limit of {options.Value.MaxDatasetUploadBytes:N0} (MAX_DATASET_UPLOAD_BYTES).");
                }

                try
                {
                    profiles[version.File] = ProfileColumns.Of(await ingest.ProfileAsync(staged[version.File], version.FileName, cancellationToken), json.Value.SerializerOptions);
                }
                catch (UnprocessableException exception)
                {
                    throw ImportArchive.Refused($"version {version.Version} of dataset '{dataset.Name}': {exception.Message}");
                }
            }
        }

        return profiles;
    }

    private async Task<ImportProjectResponse> WriteAsync(
        ProjectManifest manifest, Dictionary<string, StagedArtifact> staged, Dictionary<string, ProfileColumns> profiles, List<string> moved, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow();
        var userId = currentUser.Id;
        var projectId = Guid.CreateVersion7();
        var ids = new Dictionary<Guid, Guid>();
        Guid NewId(Guid old) => ids[old] = Guid.CreateVersion7();
        Guid? Mapped(Guid? old) => old is { } value && ids.TryGetValue(value, out var id) ? id : null;

        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        Task Run(string sql, object parameters) => connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

        var project = manifest.Project;
        await ProjectStore.CreateAsync(
            database, session, new NewProject(projectId, Names.Normalize(project.Name), project.Description, project.ClientName, userId, now), cancellationToken, recordEvent: false);
        await Run(ImportProjectSql.ProjectStatus, new { Id = projectId, Status = project.Status == "archived" ? "archived" : "active" });
        var skipped = await AddMembersAsync(connection, transaction, manifest.Members, projectId, userId, now, cancellationToken);

        var artifactIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var (path, copy) in staged)
        {
            artifactIds[path] = await ArtifactRows.FindOrInsertAsync(database, connection, transaction, copy, now, cancellationToken);
        }

        foreach (var dataset in manifest.Datasets)
        {
            var datasetId = NewId(dataset.Id);
            await DatasetWriter.InsertAsync(
                session,
                new NewDataset(datasetId, projectId, Names.Normalize(dataset.Name), dataset.Description, userId, now)
                {
                    Source = dataset.Source,
                    Records = dataset.Records,
                    AcquisitionDate = dataset.AcquisitionDate,
                    Phase = dataset.Phase,
                    Tags = Raw(dataset.Tags),
                    Metadata = Raw(dataset.Metadata),
                    CreatedAt = dataset.CreatedAt,
                    DeletedAt = dataset.DeletedAt,
                },
                cancellationToken);
            foreach (var version in dataset.Versions)
            {
                var profile = profiles[version.File];
                await VersionWriter.InsertAsync(
                    session, NewId(version.Id), datasetId, version.Version, artifactIds[version.File], Names.Normalize(version.FileName), version.Description, profile, userId, version.CreatedAt, cancellationToken);
            }
        }

        foreach (var e in manifest.Experiments)
        {
            await ExperimentWriter.InsertAsync(
                session,
                new NewExperiment(NewId(e.Id), projectId, Names.Normalize(e.Name), e.Description, userId, e.CreatedAt, now)
                {
                    Phase = e.Phase,
                    Hypothesis = e.Hypothesis,
                    Parameters = Raw(e.Parameters),
                    Metrics = Raw(e.Metrics),
                    Result = e.Result,
                    RunDate = e.RunDate,
                    DatasetId = Mapped(e.DatasetId),
                    DatasetVersionId = Mapped(e.DatasetVersionId),
                    TargetColumn = e.TargetColumn,
                    ProblemType = e.ProblemType,
                    Status = e.Status,
                    FinishedAt = e.FinishedAt,
                },
                cancellationToken);
        }

        foreach (var m in manifest.Models)
        {
            await ModelWriter.InsertAsync(
                session,
                new NewModel(
                    NewId(m.Id), projectId, ids[m.ExperimentId], Names.Normalize(m.Name), m.Algorithm, Raw(m.Metrics),
                    m.File is null ? null : artifactIds[m.File], m.FileName, userId, m.CreatedAt, now),
                cancellationToken);
        }

        foreach (var d in manifest.Deployments)
        {
            await DeploymentWriter.InsertAsync(
                session, new NewDeployment(NewId(d.Id), projectId, ids[d.ModelId], Names.Normalize(d.Name), d.Stage, d.IsActive, userId, d.CreatedAt, now), cancellationToken);
        }

        foreach (var t in manifest.Tasks)
        {
            await TaskWriter.InsertAsync(session, new NewTask(NewId(t.Id), projectId, Names.Normalize(t.Name), t.Status, userId, t.CreatedAt, now), cancellationToken);
        }

        foreach (var d in manifest.Decisions)
        {
            await DecisionWriter.InsertAsync(
                session, new NewDecision(NewId(d.Id), projectId, Names.Normalize(d.Title), d.Description, d.Rationale, d.Phase, d.DecisionDate, userId, d.CreatedAt), cancellationToken);
        }

        foreach (var c in manifest.Collections)
        {
            // Members that are ids of exported dataset versions now name the imported versions.
            var members = c.Members.Select(m => Guid.TryParse(m, out var old) && ids.TryGetValue(old, out var id) ? id.ToString("D") : m).ToList();
            await CollectionWriter.InsertAsync(
                session, new NewCollection(NewId(c.Id), projectId, Mapped(c.DatasetId), Names.Normalize(c.Name), JsonSerializer.Serialize(members), userId, c.CreatedAt, now), cancellationToken);
        }

        await ProjectTimeline.RecordAllAsync(
            session,
            manifest.Timeline.Select(e => new TimelineEntry(
                projectId, TimelineWire.SubjectOf(e.Type), TimelineWire.ActionOf(e.Action), e.Name, null, e.Timestamp, Remapped(ImportArchive.DetailsOf(e), ids))).ToList(),
            cancellationToken);

        foreach (var copy in staged.Values)
        {
            if (await artifacts.CommitAsync(copy, cancellationToken))
            {
                moved.Add(copy.Sha256);
            }
        }

        var item = await connection.QuerySingleAsync<ProjectItem>(new CommandDefinition(
            ProjectItemSql.ById, new { ProjectId = projectId, UserId = userId }, transaction, cancellationToken: cancellationToken));
        return new ImportProjectResponse(projectId, item, skipped);
    }

    /// <summary>Exported members with an account here join with their roles (the caller is the owner already); the others are listed.</summary>
    private async Task<IReadOnlyList<string>> AddMembersAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<ManifestMember> members, Guid projectId, Guid callerId, DateTime now, CancellationToken cancellationToken)
    {
        var skipped = new List<string>();
        var registered = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var chunk in members.Select(m => Emails.Normalize(m.Email)).Chunk(EmailsPerLookup))
        {
            // The list written out: Dapper would send it to PostgreSQL as one array parameter, which IN does not take.
            var parameters = new DynamicParameters();
            foreach (var (email, i) in chunk.Select((email, i) => (email, i)))
            {
                parameters.Add($"Email{i}", email);
            }

            var list = string.Join(", ", chunk.Select((_, i) => $"@Email{i}"));
            foreach (var user in await connection.QueryAsync<(Guid Id, string Email)>(new CommandDefinition(
                ImportProjectSql.UsersByEmail + $"({list})", parameters, transaction, cancellationToken: cancellationToken)))
            {
                registered[user.Email] = user.Id;
            }
        }

        foreach (var member in members)
        {
            if (!registered.TryGetValue(Emails.Normalize(member.Email), out var userId))
            {
                skipped.Add(member.Email);
            }
            else if (userId != callerId)
            {
                await ProjectMembers.InsertAsync(session, projectId, userId, ProjectRoles.Parse(member.Role) ?? ProjectRole.Viewer, now, cancellationToken);
            }
        }

        return skipped;
    }

    private static string? Raw(JsonElement? value) => value is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } json ? json.GetRawText() : null;

    /// <summary>The event's details with the ids of imported records replaced by their new ids.</summary>
    private static TimelineDetails? Remapped(TimelineDetails? details, Dictionary<Guid, Guid> ids)
    {
        Guid? New(Guid? old) => old is { } value && ids.TryGetValue(value, out var id) ? id : old;
        return details is null ? null : details with { DatasetId = New(details.DatasetId), ExperimentId = New(details.ExperimentId), ModelId = New(details.ModelId) };
    }
}
