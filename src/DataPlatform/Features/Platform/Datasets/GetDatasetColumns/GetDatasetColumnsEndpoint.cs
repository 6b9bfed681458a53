using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Datasets.GetDatasetColumns;

public static class GetDatasetColumnsEndpoint
{
    public static RouteHandlerBuilder MapGetDatasetColumns(this RouteGroupBuilder group) => group
        .MapGet("/{dataset_id:guid}/columns", async ([FromRoute(Name = "dataset_id")] Guid datasetId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetDatasetColumnsRequest(datasetId), cancellationToken)))
        .WithName("GetDatasetColumns")
        .WithSummary("Column names and types of the dataset's newest version (empty without a file)")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
