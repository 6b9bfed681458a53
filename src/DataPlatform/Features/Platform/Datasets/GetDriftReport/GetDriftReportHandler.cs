using System.Text.Json;
using DataPlatform.Domain.Datasets;
using DataPlatform.Features.Platform.Datasets.Comparisons;
using DataPlatform.Features.Platform.Reports;
using DataPlatform.Profiling;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace DataPlatform.Features.Platform.Datasets.GetDriftReport;

/// <summary>Draws the comparison <c>/compare</c> answers, with each version's stored statistics for the charts.</summary>
public sealed class GetDriftReportHandler(VersionComparison comparison, ReportRenderer renderer, IOptions<JsonOptions> json)
    : IQueryHandler<GetDriftReportRequest, GetDriftReportResponse>
{
    public async ValueTask<GetDriftReportResponse> Handle(GetDriftReportRequest request, CancellationToken cancellationToken)
    {
        var compared = await comparison.CompareAsync(request.DatasetId, request.V1!.Value, request.V2!.Value, cancellationToken);
        var model = new DriftReportModel
        {
            Title = compared.First.DatasetName,
            First = Reported(compared.First),
            Second = Reported(compared.Second),
            Comparison = compared.Comparison,
        };
        return new GetDriftReportResponse(await renderer.RenderAsync<DriftReport>(new Dictionary<string, object?> { [nameof(DriftReport.Model)] = model }));
    }

    private ReportedVersion Reported(DatasetVersionRow version) =>
        new(version.Version, version.FileName, version.CreatedAt, JsonSerializer.Deserialize<DatasetStatistics>(version.StatisticsJson!, json.Value.SerializerOptions)!);
}
