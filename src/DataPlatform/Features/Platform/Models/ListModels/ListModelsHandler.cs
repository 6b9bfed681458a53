using DataPlatform.Domain.Records;
using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Models.ListModels;

public sealed class ListModelsHandler(DatabaseSession session, ProjectAccess access) : IQueryHandler<ListModelsRequest, ListModelsResponse>
{
    public async ValueTask<ListModelsResponse> Handle(ListModelsRequest request, CancellationToken cancellationToken)
    {
        // The column is one of two constants, never client input.
        var (column, value) = request.ExperimentId is { } id ? ("experiment_id", id) : ("project_id", access.ProjectId);
        var parameters = new { Value = value, Limit = request.Limit ?? Paging.DefaultLimit, Offset = request.Offset ?? 0 };
        var connection = await session.ConnectionAsync(cancellationToken);
        var (rows, total) = await Pages.ReadAsync<ModelRow>(
            connection, RecordRules.ModelSelect + $" WHERE m.{column} = @Value ORDER BY m.created_at, m.id LIMIT @Limit OFFSET @Offset", $"SELECT COUNT(*) FROM models m WHERE m.{column} = @Value", parameters, parameters.Limit, parameters.Offset, cancellationToken);
        return new ListModelsResponse(rows.Select(r => r.ToItem()).ToList(), total, parameters.Limit, parameters.Offset);
    }
}
