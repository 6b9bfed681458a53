using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.ListTrackerExperiments;

public sealed class ListTrackerExperimentsHandler(DatabaseSession session) : IQueryHandler<ListTrackerExperimentsRequest, ListTrackerExperimentsResponse>
{
    public async ValueTask<ListTrackerExperimentsResponse> Handle(ListTrackerExperimentsRequest request, CancellationToken cancellationToken)
    {
        var parameters = new { request.ProjectId, request.Phase, Limit = request.Limit ?? TrackerRules.MaxListLimit, Offset = request.Offset ?? 0 };
        var connection = await session.ConnectionAsync(cancellationToken);
        var (entries, total) = await Pages.ReadAsync(
            connection, page => TrackerExperimentRows.ReadAsync(connection, page), TrackerExperimentRows.Page, TrackerExperimentRows.Count, parameters, parameters.Limit, parameters.Offset, cancellationToken);
        return new ListTrackerExperimentsResponse(entries, total);
    }
}
