using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Spaces.Collections.DeleteSpacesCollection;

public static class DeleteSpacesCollectionEndpoint
{
    public static RouteHandlerBuilder MapDeleteSpacesCollection(this RouteGroupBuilder group) => group
        .MapDelete("/{collectionName}", async (
            [FromRoute(Name = "slug")] string ns,
            [FromRoute(Name = "projectSlug")] string projectSlug,
            [FromRoute(Name = "name")] string name,
            [FromRoute(Name = "collectionName")] string collectionName,
            ISender sender,
            CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new DeleteSpacesCollectionRequest(ns, projectSlug, name, collectionName), cancellationToken)))
        .WithName("DeleteSpacesCollection")
        .WithSummary("Delete a collection of a dataset")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
