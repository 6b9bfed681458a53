using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Datasets.DeleteDataset;

public static class DeleteDatasetEndpoint
{
    public static RouteHandlerBuilder MapDeleteDataset(this RouteGroupBuilder group) => group
        .MapDelete("/{dataset_id:guid}", async ([FromRoute(Name = "dataset_id")] Guid datasetId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new DeleteDatasetRequest(datasetId), cancellationToken)))
        .WithName("DeleteDataset")
        .WithSummary("Permanently delete a dataset, its versions and their files (editors and owners)")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
