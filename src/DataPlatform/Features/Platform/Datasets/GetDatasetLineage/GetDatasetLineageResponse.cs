namespace DataPlatform.Features.Platform.Datasets.GetDatasetLineage;

public sealed record GetDatasetLineageResponse(
    IReadOnlyList<LineageExperiment> Experiments,
    IReadOnlyList<LineageModel> Models,
    IReadOnlyList<LineageDeployment> Deployments);

public sealed record LineageExperiment(Guid Id, string Name, string? TargetColumn, string? ProblemType, string? Status, long ModelCount);

public sealed record LineageModel(Guid Id, string Name, string Algorithm, Guid ExperimentId);

public sealed record LineageDeployment(Guid Id, string Name, Guid ModelId, string Stage, bool IsActive);
