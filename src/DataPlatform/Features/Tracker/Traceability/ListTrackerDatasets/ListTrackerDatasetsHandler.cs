using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.ListTrackerDatasets;

public sealed class ListTrackerDatasetsHandler(DatabaseSession session) : IQueryHandler<ListTrackerDatasetsRequest, ListTrackerDatasetsResponse>
{
    public async ValueTask<ListTrackerDatasetsResponse> Handle(ListTrackerDatasetsRequest request, CancellationToken cancellationToken)
    {
        var parameters = new { request.ProjectId, request.Phase, Limit = request.Limit ?? TrackerRules.MaxListLimit, Offset = request.Offset ?? 0 };
        var connection = await session.ConnectionAsync(cancellationToken);
        var (entries, total) = await Pages.ReadAsync(
            connection, page => TrackerDatasetRows.ReadAsync(connection, page), TrackerDatasetRows.Page, TrackerDatasetRows.Count, parameters, parameters.Limit, parameters.Offset, cancellationToken);
        return new ListTrackerDatasetsResponse(entries, total);
    }
}
