using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Datasets.GetDatasetLineage;

public static class GetDatasetLineageEndpoint
{
    public static RouteHandlerBuilder MapGetDatasetLineage(this RouteGroupBuilder group) => group
        .MapGet("/{dataset_id:guid}/lineage", async ([FromRoute(Name = "dataset_id")] Guid datasetId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetDatasetLineageRequest(datasetId), cancellationToken)))
        .WithName("GetDatasetLineage")
        .WithSummary("Experiments that used the dataset, the models they trained and where those are deployed")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
