using DataPlatform.Domain.Datasets;
using DataPlatform.Infrastructure.Data;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace DataPlatform.Features.Platform.Datasets.GetDatasetColumns;

public sealed class GetDatasetColumnsHandler(DatabaseSession session, IOptions<JsonOptions> json) : IQueryHandler<GetDatasetColumnsRequest, GetDatasetColumnsResponse>
{
    public async ValueTask<GetDatasetColumnsResponse> Handle(GetDatasetColumnsRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var version = request.Version is null
            ? await DatasetVersionRow.LatestAsync(connection, request.DatasetId, cancellationToken)
            : await DatasetVersionRow.RequireAsync(connection, request.DatasetId, request.Version, cancellationToken);
        return new GetDatasetColumnsResponse(version is null ? [] : version.Schema(json.Value.SerializerOptions));
    }
}
