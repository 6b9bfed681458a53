using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.GetDatasetQuality;

public static class GetDatasetQualityEndpoint
{
    public static RouteHandlerBuilder MapGetDatasetQuality(this RouteGroupBuilder group) => group
        .MapGet("/{dataset_id:guid}/quality", async ([AsParameters] GetDatasetQualityRequest request, ISender sender, CancellationToken cancellationToken) =>
            Results.Text((await sender.Send(request, cancellationToken)).Json, "application/json"))
        .WithName("GetDatasetQuality")
        .WithSummary("The quality report of the newest version (or ?version=N): score, every check with its threshold and penalty, and the formula")
        .Produces<GetDatasetQualityBody>()
        .ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
