using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.GetDatasetQuality;

public sealed class GetDatasetQualityHandler(Database database) : IQueryHandler<GetDatasetQualityRequest, GetDatasetQualityResponse>
{
    public async ValueTask<GetDatasetQualityResponse> Handle(GetDatasetQualityRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var version = await DatasetVersionRow.RequireAsync(connection, request.DatasetId, request.Version, cancellationToken);
        return new GetDatasetQualityResponse($$"""{"quality":{{version.QualityJson}}}""");
    }
}
