using System.Text.Json;
using DataPlatform.Domain.Datasets;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Profiling;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace DataPlatform.Features.Platform.Datasets.AnalyzeDataset;

public sealed class AnalyzeDatasetHandler(DatabaseSession session, IOptions<JsonOptions> json) : IQueryHandler<AnalyzeDatasetRequest, AnalyzeDatasetResponse>
{
    public async ValueTask<AnalyzeDatasetResponse> Handle(AnalyzeDatasetRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var version = await DatasetVersionRow.RequireAsync(connection, request.DatasetId, request.Version, cancellationToken);
        var options = json.Value.SerializerOptions;
        var alerts = Alerts.Of(JsonSerializer.Deserialize<DatasetStatistics>(version.StatisticsJson!, options)!, JsonSerializer.Deserialize<QualityReport>(version.QualityJson!, options));
        return new AnalyzeDatasetResponse($$"""{"statistics":{{version.StatisticsJson!}},"alerts":{{JsonSerializer.Serialize(alerts, options)}},"error":null}""");
    }
}
