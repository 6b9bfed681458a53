namespace DataPlatform.Features.Platform.Datasets.ListDatasets;

/// <summary>A dataset with its newest version; the version fields are null for a dataset logged without a file.</summary>
public sealed record DatasetListItem
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required string? Description { get; init; }

    public required Guid ProjectId { get; init; }

    public required string ProjectName { get; init; }

    public required Guid? DatasetVersionId { get; init; }

    public required long? Version { get; init; }

    public required long? Rows { get; init; }

    public required long? Columns { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }
}
