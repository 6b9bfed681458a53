using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Spaces.Datasets.UpdateSpacesDataset;

public static class UpdateSpacesDatasetEndpoint
{
    public static RouteHandlerBuilder MapUpdateSpacesDataset(this RouteGroupBuilder group) => group
        .MapPatch("/{name}", async (
            [FromRoute(Name = "slug")] string ns,
            [FromRoute(Name = "projectSlug")] string projectSlug,
            [FromRoute(Name = "name")] string name,
            UpdateSpacesDatasetRequest request,
            ISender sender,
            CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(request with { Namespace = ns, ProjectSlug = projectSlug, DatasetName = name }, cancellationToken)))
        .WithName("UpdateSpacesDataset")
        .WithSummary("Change a dataset's name, description, tags or metadata; only the fields sent change")
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status403Forbidden,
            StatusCodes.Status404NotFound,
            StatusCodes.Status409Conflict,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType);
}
