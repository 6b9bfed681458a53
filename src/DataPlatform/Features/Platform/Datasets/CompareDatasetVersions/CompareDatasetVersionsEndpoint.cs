using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.CompareDatasetVersions;

public static class CompareDatasetVersionsEndpoint
{
    public static RouteHandlerBuilder MapCompareDatasetVersions(this RouteGroupBuilder group) => group
        .MapGet("/{dataset_id:guid}/compare", async ([AsParameters] CompareDatasetVersionsRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(request, cancellationToken)))
        .WithName("CompareDatasetVersions")
        .WithSummary("Schema changes and drift (PSI) between two versions of a dataset")
        .ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
