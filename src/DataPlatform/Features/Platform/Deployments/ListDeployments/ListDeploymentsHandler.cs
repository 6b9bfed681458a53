using DataPlatform.Domain.Records;
using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Deployments.ListDeployments;

public sealed class ListDeploymentsHandler(DatabaseSession session, ProjectAccess access) : IQueryHandler<ListDeploymentsRequest, ListDeploymentsResponse>
{
    public async ValueTask<ListDeploymentsResponse> Handle(ListDeploymentsRequest request, CancellationToken cancellationToken)
    {
        // The column is one of two constants, never client input.
        var (column, value) = request.ModelId is { } id ? ("model_id", id) : ("project_id", access.ProjectId);
        var parameters = new { Value = value, Limit = request.Limit ?? Paging.DefaultLimit, Offset = request.Offset ?? 0 };
        var connection = await session.ConnectionAsync(cancellationToken);
        var (rows, total) = await Pages.ReadAsync<DeploymentRow>(
            connection, RecordRules.DeploymentSelect + $" WHERE dp.{column} = @Value ORDER BY dp.created_at, dp.id LIMIT @Limit OFFSET @Offset", $"SELECT COUNT(*) FROM deployments dp WHERE dp.{column} = @Value", parameters, parameters.Limit, parameters.Offset, cancellationToken);
        return new ListDeploymentsResponse(rows.Select(r => r.ToItem()).ToList(), total, parameters.Limit, parameters.Offset);
    }
}
