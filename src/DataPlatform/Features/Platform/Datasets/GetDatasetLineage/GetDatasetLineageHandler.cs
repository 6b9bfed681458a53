using Dapper;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.GetDatasetLineage;

/// <summary>Experiments that used the dataset (any of its versions), the models they trained, and the deployments of those.</summary>
public sealed class GetDatasetLineageHandler(DatabaseSession session) : IQueryHandler<GetDatasetLineageRequest, GetDatasetLineageResponse>
{
    public async ValueTask<GetDatasetLineageResponse> Handle(GetDatasetLineageRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var experiments = (await connection.QueryAsync<LineageExperiment>(new CommandDefinition(
            GetDatasetLineageSql.Experiments, request, cancellationToken: cancellationToken))).AsList();
        var models = (await connection.QueryAsync<LineageModel>(new CommandDefinition(
            GetDatasetLineageSql.Models, request, cancellationToken: cancellationToken))).AsList();
        var deployments = (await connection.QueryAsync<LineageDeploymentRow>(new CommandDefinition(
            GetDatasetLineageSql.Deployments, request, cancellationToken: cancellationToken))).Select(d => d.ToDeployment()).ToList();
        return new GetDatasetLineageResponse(experiments, models, deployments);
    }
}
