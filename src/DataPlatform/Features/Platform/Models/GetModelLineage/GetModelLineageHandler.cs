using Dapper;
using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using Mediator;

namespace DataPlatform.Features.Platform.Models.GetModelLineage;

public sealed class GetModelLineageHandler(DatabaseSession session) : IQueryHandler<GetModelLineageRequest, GetModelLineageResponse>
{
    public async ValueTask<GetModelLineageResponse> Handle(GetModelLineageRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        // One row per deployment (one with none when there are none), each carrying the same model, experiment, dataset and version.
        var rows = (await connection.QueryAsync<ModelRow, ExperimentRow, LineageDataset?, LineageDatasetVersion?, DeploymentRow?, LineageRow>(
            new CommandDefinition(GetModelLineageSql.Lineage, request, cancellationToken: cancellationToken),
            (model, experiment, dataset, version, deployment) => new LineageRow(model, experiment, dataset, version, deployment))).AsList();
        var first = rows.FirstOrDefault() ?? throw new NotFoundException($"Model {request.ModelId} not found.");
        var (model, experiment, dataset, version) = (first.Model.ToItem(), first.Experiment.ToItem(), first.Dataset, first.Dataset is null ? null : first.Version);
        var deployments = rows.Where(r => r.Deployment is not null).Select(r => r.Deployment!.ToItem()).ToList();
        return new GetModelLineageResponse(model, experiment, dataset, version, deployments);
    }

    private sealed record LineageRow(ModelRow Model, ExperimentRow Experiment, LineageDataset? Dataset, LineageDatasetVersion? Version, DeploymentRow? Deployment);
}
