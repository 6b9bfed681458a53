using Dapper;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.ListTrackerDatasets;

public sealed class ListTrackerDatasetsHandler(DatabaseSession session) : IQueryHandler<ListTrackerDatasetsRequest, ListTrackerDatasetsResponse>
{
    public async ValueTask<ListTrackerDatasetsResponse> Handle(ListTrackerDatasetsRequest request, CancellationToken cancellationToken)
    {
        var parameters = new { request.ProjectId, request.Phase, Limit = request.Limit ?? TrackerRules.MaxListLimit, Offset = request.Offset ?? 0 };
        var connection = await session.ConnectionAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(TrackerDatasetRows.Count, parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<TrackerDatasetRow>(new CommandDefinition(TrackerDatasetRows.Page, parameters, cancellationToken: cancellationToken));
        return new ListTrackerDatasetsResponse(rows.Select(r => r.ToEntity()).ToList(), total);
    }
}
