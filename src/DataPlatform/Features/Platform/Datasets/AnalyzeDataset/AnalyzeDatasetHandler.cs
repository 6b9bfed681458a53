using DataPlatform.Domain.Datasets;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.AnalyzeDataset;

public sealed class AnalyzeDatasetHandler(DatabaseSession session) : IQueryHandler<AnalyzeDatasetRequest, AnalyzeDatasetResponse>
{
    public async ValueTask<AnalyzeDatasetResponse> Handle(AnalyzeDatasetRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var version = await DatasetVersionRow.RequireAsync(connection, request.DatasetId, request.Version, cancellationToken);
        return new AnalyzeDatasetResponse($$"""{"statistics":{{version.StatisticsJson!}},"error":null}""");
    }
}
