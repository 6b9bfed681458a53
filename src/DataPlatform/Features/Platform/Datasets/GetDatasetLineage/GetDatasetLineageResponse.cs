namespace DataPlatform.Features.Platform.Datasets.GetDatasetLineage;

public sealed record GetDatasetLineageResponse(
    IReadOnlyList<LineageExperiment> Experiments,
    IReadOnlyList<LineageModel> Models,
    IReadOnlyList<LineageDeployment> Deployments);

public sealed record LineageExperiment
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required string? TargetColumn { get; init; }

    public required string? ProblemType { get; init; }

    public required string Status { get; init; }

    public required long ModelCount { get; init; }
}

public sealed record LineageModel(Guid Id, string Name, string Algorithm, Guid ExperimentId);

public sealed record LineageDeployment(Guid Id, string Name, Guid ModelId, string Stage, bool IsActive);
