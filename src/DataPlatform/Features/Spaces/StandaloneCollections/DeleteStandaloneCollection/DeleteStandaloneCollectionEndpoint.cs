using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Spaces.StandaloneCollections.DeleteStandaloneCollection;

public static class DeleteStandaloneCollectionEndpoint
{
    public static RouteHandlerBuilder MapDeleteStandaloneCollection(this RouteGroupBuilder group) => group
        .MapDelete("/{collectionId:guid}", async (
            [FromRoute(Name = "slug")] string ns,
            [FromRoute(Name = "projectSlug")] string projectSlug,
            [FromRoute(Name = "collectionId")] Guid collectionId,
            ISender sender,
            CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new DeleteStandaloneCollectionRequest(ns, projectSlug, collectionId), cancellationToken)))
        .WithName("DeleteStandaloneCollection")
        .WithSummary("Delete a standalone collection")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
