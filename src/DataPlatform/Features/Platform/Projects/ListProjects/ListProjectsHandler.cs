using Dapper;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Text;
using Mediator;

namespace DataPlatform.Features.Platform.Projects.ListProjects;

public sealed class ListProjectsHandler(DatabaseSession session, CurrentUser currentUser) : IQueryHandler<ListProjectsRequest, ListProjectsResponse>
{
    public async ValueTask<ListProjectsResponse> Handle(ListProjectsRequest request, CancellationToken cancellationToken)
    {
        var status = request.Status ?? "active";
        var search = string.IsNullOrWhiteSpace(request.Search) ? null : Names.Normalize(request.Search);
        var conditions = new List<string>();
        if (status != "all")
        {
            conditions.Add(ListProjectsSql.StatusFilter);
        }

        if (search is not null)
        {
            conditions.Add(ListProjectsSql.SearchFilter);
        }

        var where = conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
        var direction = ListProjectsSql.Directions[request.SortDirection ?? "desc"];
        var orderBy = $" ORDER BY {ListProjectsSql.SortColumns[request.SortField ?? "created_at"]} {direction}, p.id {direction}";
        var parameters = new
        {
            UserId = currentUser.Id,
            Status = status,
            Pattern = search is null ? null : "%" + LikePattern.Escape(search.ToLowerInvariant()) + "%",
            Limit = request.Limit ?? Paging.DefaultLimit,
            Offset = request.Offset ?? 0,
        };

        var connection = await session.ConnectionAsync(cancellationToken);
        var (items, total) = await Pages.ReadAsync<ProjectItem>(
            connection, ProjectItemSql.Select + where + orderBy + " LIMIT @Limit OFFSET @Offset", ListProjectsSql.CountFrom + where, parameters, parameters.Limit, parameters.Offset, cancellationToken);
        return new ListProjectsResponse(items.AsList(), total, parameters.Limit, parameters.Offset);
    }
}
