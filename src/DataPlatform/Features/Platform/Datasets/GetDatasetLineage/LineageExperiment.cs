namespace DataPlatform.Features.Platform.Datasets.GetDatasetLineage;

public sealed record LineageExperiment
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required string? TargetColumn { get; init; }

    public required string? ProblemType { get; init; }

    public required string Status { get; init; }

    public required long ModelCount { get; init; }
}
