using DataPlatform.Features.Platform.Reports;
using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.GetDatasetReport;

public static class GetDatasetReportEndpoint
{
    public static RouteHandlerBuilder MapGetDatasetReport(this RouteGroupBuilder group) => group
        .MapGet("/{dataset_id:guid}/report", async ([AsParameters] GetDatasetReportRequest request, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
            ReportRenderer.Page(response, (await sender.Send(request, cancellationToken)).Html))
        .WithName("GetDatasetReport")
        .WithSummary("The profile report of the newest version (or ?version=N) as one self-contained HTML page: overview, quality, alerts, charts per column, correlations, first rows")
        .Produces<string>(StatusCodes.Status200OK, "text/html")
        .ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
