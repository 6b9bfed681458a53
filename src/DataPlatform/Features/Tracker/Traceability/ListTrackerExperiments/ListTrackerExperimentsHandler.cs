using Dapper;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.ListTrackerExperiments;

public sealed class ListTrackerExperimentsHandler(DatabaseSession session) : IQueryHandler<ListTrackerExperimentsRequest, ListTrackerExperimentsResponse>
{
    public async ValueTask<ListTrackerExperimentsResponse> Handle(ListTrackerExperimentsRequest request, CancellationToken cancellationToken)
    {
        var parameters = new { request.ProjectId, request.Phase, Limit = request.Limit ?? TrackerRules.MaxListLimit, Offset = request.Offset ?? 0 };
        var connection = await session.ConnectionAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(TrackerExperimentRows.Count, parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<TrackerExperimentRow>(new CommandDefinition(TrackerExperimentRows.Page, parameters, cancellationToken: cancellationToken));
        return new ListTrackerExperimentsResponse(rows.Select(r => r.ToEntity()).ToList(), total);
    }
}
