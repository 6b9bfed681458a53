using Dapper;
using DataPlatform.Domain.Records;
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
        var rows = (await connection.QueryAsync<ModelRow, ExperimentRow, ExperimentModels, LineageDataset?, LineageDatasetVersion?, DeploymentRow?, LineageEntry>(
            new CommandDefinition(GetModelLineageSql.Lineage, request, cancellationToken: cancellationToken),
            (model, experiment, experimentModels, dataset, version, deployment) => new LineageEntry(model, experiment.ToItem(experimentModels), dataset, version, deployment),
            splitOn: $"Id,{nameof(ExperimentModels.ModelCount)},Id,Id,Id")).AsList();
        var first = rows.FirstOrDefault() ?? throw new NotFoundException($"Model {request.ModelId} not found.");
        var (model, experiment, dataset, version) = (first.Model.ToItem(), first.Experiment, first.Dataset, first.Dataset is null ? null : first.Version);
        var deployments = rows.Where(r => r.Deployment is not null).Select(r => r.Deployment!.ToItem()).ToList();
        return new GetModelLineageResponse(model, experiment, dataset, version, deployments);
    }

    /// <summary>One row of the lineage query.</summary>
    private sealed record LineageEntry(ModelRow Model, ExperimentItem Experiment, LineageDataset? Dataset, LineageDatasetVersion? Version, DeploymentRow? Deployment);
}
