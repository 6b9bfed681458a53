using Dapper;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Text;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.ListDatasets;

public sealed class ListDatasetsHandler(DatabaseSession session, CurrentUser currentUser) : IQueryHandler<ListDatasetsRequest, ListDatasetsResponse>
{
    public async ValueTask<ListDatasetsResponse> Handle(ListDatasetsRequest request, CancellationToken cancellationToken)
    {
        var search = string.IsNullOrWhiteSpace(request.Search) ? null : Names.Normalize(request.Search);
        var conditions = new List<string>();
        if (request.ProjectId is not null)
        {
            conditions.Add(ListDatasetsSql.ProjectFilter);
        }

        if (search is not null)
        {
            conditions.Add(ListDatasetsSql.SearchFilter);
        }

        var where = conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
        var direction = ListDatasetsSql.Directions[request.SortDirection ?? "desc"];
        var orderBy = $" ORDER BY {ListDatasetsSql.SortColumns[request.SortField ?? "created_at"]} {direction}, d.id {direction}";
        var parameters = new
        {
            UserId = currentUser.Id,
            request.ProjectId,
            Pattern = search is null ? null : "%" + LikePattern.Escape(search.ToLowerInvariant()) + "%",
            Limit = request.Limit ?? Paging.DefaultLimit,
            Offset = request.Offset ?? 0,
        };

        var connection = await session.ConnectionAsync(cancellationToken);
        var (items, total) = await Pages.ReadAsync<DatasetListItem>(
            connection, ListDatasetsSql.Columns + " " + ListDatasetsSql.From + where + orderBy + " LIMIT @Limit OFFSET @Offset", "SELECT COUNT(*) " + ListDatasetsSql.From + where, parameters, parameters.Limit, parameters.Offset, cancellationToken);
        return new ListDatasetsResponse(items.AsList(), total, parameters.Limit, parameters.Offset);
    }
}
