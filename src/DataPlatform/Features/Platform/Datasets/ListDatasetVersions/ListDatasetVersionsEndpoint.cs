using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.ListDatasetVersions;

public static class ListDatasetVersionsEndpoint
{
    public static RouteHandlerBuilder MapListDatasetVersions(this RouteGroupBuilder group) => group
        .MapGet("/{dataset_id:guid}/versions", async ([AsParameters] ListDatasetVersionsRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(request, cancellationToken)))
        .WithName("ListDatasetVersions")
        .WithSummary("The versions of a dataset, by version number")
        .ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
