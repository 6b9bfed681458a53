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
        var rows = (await connection.QueryAsync<LineageEntry>(new CommandDefinition(
            GetDatasetLineageSql.Lineage, request, cancellationToken: cancellationToken))).AsList();
        var experiments = rows.Where(r => r.Kind == 0).Select(r => new LineageExperiment
        {
            Id = r.Id, Name = r.Name, TargetColumn = r.Detail, ProblemType = r.ProblemType, Status = r.Status!, ModelCount = r.Number!.Value,
        }).ToList();
        var models = rows.Where(r => r.Kind == 1).Select(r => new LineageModel(r.Id, r.Name, r.Detail!, r.ParentId!.Value)).ToList();
        var deployments = rows.Where(r => r.Kind == 2).Select(r => new LineageDeployment(r.Id, r.Name, r.ParentId!.Value, r.Detail!, r.Number != 0)).ToList();
        return new GetDatasetLineageResponse(experiments, models, deployments);
    }

    /// <summary>
    /// One row of <see cref="GetDatasetLineageSql.Lineage"/>. An experiment (kind 0): <see cref="Detail"/> its
    /// target column, <see cref="Number"/> its models. A model (1): <see cref="Detail"/> its algorithm,
    /// <see cref="ParentId"/> its experiment. A deployment (2): <see cref="Detail"/> its stage,
    /// <see cref="Number"/> 1 when active, <see cref="ParentId"/> its model.
    /// </summary>
    private sealed record LineageEntry
    {
        public required long Kind { get; init; }

        public required Guid Id { get; init; }

        public required string Name { get; init; }

        public required string? Detail { get; init; }

        public required string? ProblemType { get; init; }

        public required string? Status { get; init; }

        public required long? Number { get; init; }

        public required Guid? ParentId { get; init; }
    }
}
