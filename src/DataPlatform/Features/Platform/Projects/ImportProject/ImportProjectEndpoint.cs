using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Platform.Projects.ImportProject;

public static class ImportProjectEndpoint
{
    public static RouteHandlerBuilder MapImportProject(this RouteGroupBuilder group) => group
        .MapPost("/import", async (ImportProjectRequest request, ISender sender, CancellationToken cancellationToken) =>
        {
            var imported = await sender.Send(request, cancellationToken);
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
