using DataPlatform.Features.Platform.Records;

namespace DataPlatform.Features.Platform.Models.GetModelLineage;

/// <summary>Where a model came from and where it went.</summary>
/// <param name="Dataset">The dataset its experiment used; null when none was recorded (or it was deleted).</param>
/// <param name="DatasetVersion">The version it used; null when not recorded.</param>
public sealed record GetModelLineageResponse(
    ModelItem Model,
    ExperimentItem Experiment,
    LineageDataset? Dataset,
    LineageDatasetVersion? DatasetVersion,
    IReadOnlyList<DeploymentItem> Deployments);
