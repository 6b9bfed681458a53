using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Spaces.Collections.UpdateSpacesCollection;

public static class UpdateSpacesCollectionEndpoint
{
    public static RouteHandlerBuilder MapUpdateSpacesCollection(this RouteGroupBuilder group) => group
        .MapPatch("/{collectionName}", async (
            [FromRoute(Name = "slug")] string ns,
            [FromRoute(Name = "projectSlug")] string projectSlug,
            [FromRoute(Name = "name")] string name,
            [FromRoute(Name = "collectionName")] string collectionName,
            UpdateSpacesCollectionRequest request,
            ISender sender,
            CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(request with { Namespace = ns, ProjectSlug = projectSlug, DatasetName = name, CollectionName = collectionName }, cancellationToken)))
        .WithName("UpdateSpacesCollection")
        .WithSummary("Rename a collection or replace its members; only the fields sent change")
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status403Forbidden,
            StatusCodes.Status404NotFound,
            StatusCodes.Status409Conflict,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType);
}
