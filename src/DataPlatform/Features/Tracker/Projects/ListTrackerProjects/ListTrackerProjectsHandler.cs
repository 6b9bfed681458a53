using Dapper;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Tracker.Projects.ListTrackerProjects;

public sealed class ListTrackerProjectsHandler(DatabaseSession session, CurrentUser currentUser) : IQueryHandler<ListTrackerProjectsRequest, ListTrackerProjectsResponse>
{
    public async ValueTask<ListTrackerProjectsResponse> Handle(ListTrackerProjectsRequest request, CancellationToken cancellationToken)
    {
        var parameters = new { UserId = currentUser.Id, Limit = request.Limit ?? ListTrackerProjectsValidator.MaxLimit, Offset = request.Offset ?? 0 };
        var connection = await session.ConnectionAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(ListTrackerProjectsSql.Count, parameters, cancellationToken: cancellationToken));
        var projects = await TrackerProjects.LoadAsync(connection, null, ListTrackerProjectsSql.Page, parameters, cancellationToken);
        return new ListTrackerProjectsResponse(projects, total);
    }
}
