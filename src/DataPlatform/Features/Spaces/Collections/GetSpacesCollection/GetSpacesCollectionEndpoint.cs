using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Spaces.Collections.GetSpacesCollection;

public static class GetSpacesCollectionEndpoint
{
    public static RouteHandlerBuilder MapGetSpacesCollection(this RouteGroupBuilder group) => group
        .MapGet("/{collectionName}", async (
            [FromRoute(Name = "slug")] string ns,
            [FromRoute(Name = "projectSlug")] string projectSlug,
            [FromRoute(Name = "name")] string name,
            [FromRoute(Name = "collectionName")] string collectionName,
            ISender sender,
            CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetSpacesCollectionRequest(ns, projectSlug, name, collectionName), cancellationToken)))
        .WithName("GetSpacesCollection")
        .WithSummary("A collection of a dataset, by name")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
