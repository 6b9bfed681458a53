using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.AnalyzeDataset;

public sealed class AnalyzeDatasetHandler(Database database) : IQueryHandler<AnalyzeDatasetRequest, AnalyzeDatasetResponse>
{
    public async ValueTask<AnalyzeDatasetResponse> Handle(AnalyzeDatasetRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var version = await DatasetVersionRow.RequireAsync(connection, request.DatasetId, request.Version, cancellationToken);
        return new AnalyzeDatasetResponse($$"""{"statistics":{{version.StatisticsJson}},"error":null}""");
    }
}
