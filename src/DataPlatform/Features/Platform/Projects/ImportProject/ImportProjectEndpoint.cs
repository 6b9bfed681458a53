using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.Extensions.Options;

namespace DataPlatform.Features.Platform.Projects.ImportProject;

public static class ImportProjectEndpoint
{
    public static RouteHandlerBuilder MapImportProject(this RouteGroupBuilder group) => group
        .MapPost("/import", async (HttpContext http, ISender sender, IOptions<DataPlatformOptions> options, CancellationToken cancellationToken) =>
        {
            UploadLimits.AllowFile(http, options.Value.MaxDatasetUploadBytes);
            var form = await MultipartForm.ReadUntilFileAsync(http.Request, "file", cancellationToken);
            var imported = await sender.Send(new ImportProjectRequest(form.File is null ? null : new ImportedArchive(form.FileName!, form.File)), cancellationToken);
            return TypedResults.Created($"/api/projects/{imported.ProjectId}", imported);
        })
        .WithName("ImportProject")
        .WithSummary("Recreate an exported project (multipart/form-data with the ZIP as 'file'); the caller becomes its owner")
        .WithDescription("Everything gets new ids. Members of the export with an account here keep their roles; the others are listed in skipped_members. A damaged or hostile archive (a file that does not match its SHA-256, an entry outside manifest.json and artifacts/<id>, a missing file, an unknown format version, a file that expands beyond its declared size) is refused with 422 and leaves nothing behind.")
        .Accepts<ImportProjectForm>("multipart/form-data")
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType,
            StatusCodes.Status422UnprocessableEntity,
            StatusCodes.Status507InsufficientStorage);
}

/// <summary>The form of an import (for the API description; the body is read as a stream).</summary>
public sealed class ImportProjectForm
{
    /// <summary>The ZIP of GET /api/projects/{id}/export.</summary>
    public required IFormFile File { get; init; }
}
