using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Spaces.Collections.ListSpacesCollections;

public static class ListSpacesCollectionsEndpoint
{
    public static RouteHandlerBuilder MapListSpacesCollections(this RouteGroupBuilder group) => group
        .MapGet("", async ([AsParameters] ListSpacesCollectionsRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(request, cancellationToken)))
        .WithName("ListSpacesCollections")
        .WithSummary("The collections of a dataset, oldest first, a page at a time")
        .ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
