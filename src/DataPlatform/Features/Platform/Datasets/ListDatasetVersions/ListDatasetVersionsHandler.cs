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
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(ListDatasetVersionsSql.Count, parameters, cancellationToken: cancellationToken));
        var items = await connection.QueryAsync<DatasetVersionItem>(new CommandDefinition(ListDatasetVersionsSql.Page, parameters, cancellationToken: cancellationToken));
        return new ListDatasetVersionsResponse(items.AsList(), total, parameters.Limit, parameters.Offset);
    }
}
