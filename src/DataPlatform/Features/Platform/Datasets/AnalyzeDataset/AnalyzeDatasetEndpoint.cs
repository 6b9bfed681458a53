using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.AnalyzeDataset;

public static class AnalyzeDatasetEndpoint
{
    public static RouteHandlerBuilder MapAnalyzeDataset(this RouteGroupBuilder group) => group
        .MapGet("/{dataset_id:guid}/analyze", async ([AsParameters] AnalyzeDatasetRequest request, ISender sender, CancellationToken cancellationToken) =>
            Results.Text((await sender.Send(request, cancellationToken)).Json, "application/json"))
        .WithName("AnalyzeDataset")
        .WithSummary("Per-column statistics, duplicates and correlations of the newest version (or ?version=N), computed at upload")
        .Produces<AnalyzeDatasetBody>()
        .ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
