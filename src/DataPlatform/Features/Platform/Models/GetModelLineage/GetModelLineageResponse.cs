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

public sealed record LineageDataset(Guid Id, string Name);

public sealed record LineageDatasetVersion
{
    public required Guid Id { get; init; }

    public required Guid DatasetId { get; init; }

    public required long Version { get; init; }

    public required long RowCount { get; init; }

    public required long ColumnCount { get; init; }

    public required DateTime CreatedAt { get; init; }
}
