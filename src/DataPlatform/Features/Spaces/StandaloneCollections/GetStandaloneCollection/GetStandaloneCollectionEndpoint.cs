using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Spaces.StandaloneCollections.GetStandaloneCollection;

public static class GetStandaloneCollectionEndpoint
{
    public static RouteHandlerBuilder MapGetStandaloneCollection(this RouteGroupBuilder group) => group
        .MapGet("/{collectionId:guid}", async (
            [FromRoute(Name = "slug")] string ns,
            [FromRoute(Name = "projectSlug")] string projectSlug,
            [FromRoute(Name = "collectionId")] Guid collectionId,
            ISender sender,
            CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetStandaloneCollectionRequest(ns, projectSlug, collectionId), cancellationToken)))
        .WithName("GetStandaloneCollection")
        .WithSummary("A standalone collection, by id")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
