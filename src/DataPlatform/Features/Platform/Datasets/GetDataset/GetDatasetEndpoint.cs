using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Datasets.GetDataset;

public static class GetDatasetEndpoint
{
    public static RouteHandlerBuilder MapGetDataset(this RouteGroupBuilder group) => group
        .MapGet("/{dataset_id:guid}", async ([FromRoute(Name = "dataset_id")] Guid datasetId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetDatasetRequest(datasetId), cancellationToken)))
        .WithName("GetDataset")
        .WithSummary("A dataset, its newest version and a preview of its first 20 rows")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
