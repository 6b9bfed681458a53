using DataPlatform.Features.Platform.Reports;
using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.GetDriftReport;

public static class GetDriftReportEndpoint
{
    public static RouteHandlerBuilder MapGetDriftReport(this RouteGroupBuilder group) => group
        .MapGet("/{dataset_id:guid}/compare/report", async ([AsParameters] GetDriftReportRequest request, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
            ReportRenderer.Page(response, (await sender.Send(request, cancellationToken)).Html))
        .WithName("GetDriftReport")
        .WithSummary("The drift between two versions as one self-contained HTML page: verdict, schema changes, every column by drift with its test, both versions on the same charts")
        .Produces<string>(StatusCodes.Status200OK, "text/html")
        .ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
