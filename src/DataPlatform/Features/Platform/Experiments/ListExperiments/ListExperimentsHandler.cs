using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Platform.Experiments.ListExperiments;

public sealed class ListExperimentsHandler(DatabaseSession session) : IQueryHandler<ListExperimentsRequest, ListExperimentsResponse>
{
    public async ValueTask<ListExperimentsResponse> Handle(ListExperimentsRequest request, CancellationToken cancellationToken)
    {
        var parameters = new { request.ProjectId, Limit = request.Limit ?? Paging.DefaultLimit, Offset = request.Offset ?? 0 };
        var connection = await session.ConnectionAsync(cancellationToken);
        var (items, total) = await Pages.ReadAsync(
            connection, page => RecordRules.ExperimentsAsync(connection, page), RecordRules.ExperimentSelect + " WHERE e.project_id = @ProjectId ORDER BY e.created_at, e.id LIMIT @Limit OFFSET @Offset", "SELECT COUNT(*) FROM experiments WHERE project_id = @ProjectId", parameters, parameters.Limit, parameters.Offset, cancellationToken);
        return new ListExperimentsResponse(items, total, parameters.Limit, parameters.Offset);
    }
}
