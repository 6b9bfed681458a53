using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.ListTrackerDecisions;

public sealed class ListTrackerDecisionsHandler(DatabaseSession session) : IQueryHandler<ListTrackerDecisionsRequest, ListTrackerDecisionsResponse>
{
    public async ValueTask<ListTrackerDecisionsResponse> Handle(ListTrackerDecisionsRequest request, CancellationToken cancellationToken)
    {
        var parameters = new { request.ProjectId, request.Phase, Limit = request.Limit ?? TrackerRules.MaxListLimit, Offset = request.Offset ?? 0 };
        var connection = await session.ConnectionAsync(cancellationToken);
        var (entries, total) = await Pages.ReadAsync(
            connection, page => TrackerDecisionRows.ReadAsync(connection, page), TrackerDecisionRows.Page, TrackerDecisionRows.Count, parameters, parameters.Limit, parameters.Offset, cancellationToken);
        return new ListTrackerDecisionsResponse(entries, total);
    }
}
