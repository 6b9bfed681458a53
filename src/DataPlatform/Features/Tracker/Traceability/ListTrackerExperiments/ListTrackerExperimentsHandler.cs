using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.ListTrackerExperiments;

public sealed class ListTrackerExperimentsHandler(DatabaseSession session) : IQueryHandler<ListTrackerExperimentsRequest, ListTrackerExperimentsResponse>
{
    public async ValueTask<ListTrackerExperimentsResponse> Handle(ListTrackerExperimentsRequest request, CancellationToken cancellationToken)
    {
        var parameters = new { request.ProjectId, request.Phase, Limit = request.Limit ?? TrackerRules.MaxListLimit, Offset = request.Offset ?? 0 };
        var connection = await session.ConnectionAsync(cancellationToken);
        var (rows, total) = await Pages.ReadAsync<TrackerExperimentRow>(
            connection, TrackerExperimentRows.Page, TrackerExperimentRows.Count, parameters, parameters.Limit, parameters.Offset, cancellationToken);
        return new ListTrackerExperimentsResponse(rows.Select(r => r.ToEntity()).ToList(), total);
    }
}
