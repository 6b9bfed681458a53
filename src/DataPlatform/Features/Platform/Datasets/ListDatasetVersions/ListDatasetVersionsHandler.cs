using Dapper;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.ListDatasetVersions;

public sealed class ListDatasetVersionsHandler(DatabaseSession session) : IQueryHandler<ListDatasetVersionsRequest, ListDatasetVersionsResponse>
{
    public async ValueTask<ListDatasetVersionsResponse> Handle(ListDatasetVersionsRequest request, CancellationToken cancellationToken)
    {
        var parameters = new { request.DatasetId, Limit = request.Limit ?? Paging.DefaultLimit, Offset = request.Offset ?? 0 };
        var connection = await session.ConnectionAsync(cancellationToken);
        var (items, total) = await Pages.ReadAsync<DatasetVersionItem>(
            connection, ListDatasetVersionsSql.Page, ListDatasetVersionsSql.Count, parameters, parameters.Limit, parameters.Offset, cancellationToken);
        return new ListDatasetVersionsResponse(items.AsList(), total, parameters.Limit, parameters.Offset);
    }
}
