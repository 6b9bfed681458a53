using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.ListTrackerDatasets;

public sealed class ListTrackerDatasetsHandler(DatabaseSession session) : IQueryHandler<ListTrackerDatasetsRequest, ListTrackerDatasetsResponse>
{
    public async ValueTask<ListTrackerDatasetsResponse> Handle(ListTrackerDatasetsRequest request, CancellationToken cancellationToken)
    {
        var parameters = new { request.ProjectId, request.Phase, Limit = request.Limit ?? TrackerRules.MaxListLimit, Offset = request.Offset ?? 0 };
        var connection = await session.ConnectionAsync(cancellationToken);
        var (rows, total) = await Pages.ReadAsync<TrackerDatasetRow>(
            connection, TrackerDatasetRows.Page, TrackerDatasetRows.Count, parameters, parameters.Limit, parameters.Offset, cancellationToken);
        return new ListTrackerDatasetsResponse(rows.Select(r => r.ToEntity()).ToList(), total);
    }
}
