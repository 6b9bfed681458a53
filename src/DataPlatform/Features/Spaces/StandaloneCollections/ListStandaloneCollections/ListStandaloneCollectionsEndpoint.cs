using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Spaces.StandaloneCollections.ListStandaloneCollections;

public static class ListStandaloneCollectionsEndpoint
{
    public static RouteHandlerBuilder MapListStandaloneCollections(this RouteGroupBuilder group) => group
        .MapGet("", async ([AsParameters] ListStandaloneCollectionsRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(request, cancellationToken)))
        .WithName("ListStandaloneCollections")
        .WithSummary("The project's standalone collections (their dataset was deleted), oldest first, a page at a time")
        .ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
