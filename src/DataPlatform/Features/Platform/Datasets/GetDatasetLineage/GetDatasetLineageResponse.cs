namespace DataPlatform.Features.Platform.Datasets.GetDatasetLineage;

public sealed record GetDatasetLineageResponse(
    IReadOnlyList<LineageExperiment> Experiments,
    IReadOnlyList<LineageModel> Models,
    IReadOnlyList<LineageDeployment> Deployments);
