using Dapper;
using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Platform.Models.GetModelLineage;

public sealed class GetModelLineageHandler(DatabaseSession session) : IQueryHandler<GetModelLineageRequest, GetModelLineageResponse>
{
    public async ValueTask<GetModelLineageResponse> Handle(GetModelLineageRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var model = await RecordRules.ModelAsync(connection, null, request.ModelId, cancellationToken);
        var experiment = await RecordRules.ExperimentAsync(connection, null, model.ExperimentId, cancellationToken);
        var dataset = experiment.DatasetId is { } datasetId
            ? await connection.QuerySingleOrDefaultAsync<LineageDataset>(new CommandDefinition(
                "SELECT id AS Id, name AS Name FROM datasets WHERE id = @Id AND deleted_at IS NULL", new { Id = datasetId }, cancellationToken: cancellationToken))
            : null;
        var version = experiment.DatasetVersionId is { } versionId && dataset is not null
            ? await connection.QuerySingleOrDefaultAsync<LineageDatasetVersion>(new CommandDefinition(
                "SELECT id AS Id, dataset_id AS DatasetId, version AS Version, row_count AS RowCount, column_count AS ColumnCount, created_at AS CreatedAt FROM dataset_versions WHERE id = @Id",
                new { Id = versionId },
                cancellationToken: cancellationToken))
            : null;
        var deployments = await connection.QueryAsync<DeploymentRow>(new CommandDefinition(
            RecordRules.DeploymentSelect + " WHERE d.model_id = @ModelId ORDER BY d.created_at, d.id", request, cancellationToken: cancellationToken));
        return new GetModelLineageResponse(model, experiment, dataset, version, deployments.Select(d => d.ToItem()).ToList());
    }
}
