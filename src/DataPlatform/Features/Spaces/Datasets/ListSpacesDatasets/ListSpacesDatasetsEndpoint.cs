using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Spaces.Datasets.ListSpacesDatasets;

public static class ListSpacesDatasetsEndpoint
{
    public static RouteHandlerBuilder MapListSpacesDatasets(this RouteGroupBuilder group) => group
        .MapGet("", async ([AsParameters] ListSpacesDatasetsRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(request, cancellationToken)))
        .WithName("ListSpacesDatasets")
        .WithSummary("The project's datasets, oldest first, a page at a time; optionally only those with a tag")
        .ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
