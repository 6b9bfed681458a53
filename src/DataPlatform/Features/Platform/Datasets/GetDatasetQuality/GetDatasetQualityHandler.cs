using DataPlatform.Domain.Datasets;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.GetDatasetQuality;

public sealed class GetDatasetQualityHandler(DatabaseSession session) : IQueryHandler<GetDatasetQualityRequest, GetDatasetQualityResponse>
{
    public async ValueTask<GetDatasetQualityResponse> Handle(GetDatasetQualityRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var version = await DatasetVersionRow.RequireAsync(connection, request.DatasetId, request.Version, cancellationToken);
        return new GetDatasetQualityResponse($$"""{"quality":{{version.QualityJson!}}}""");
    }
}
