namespace DataPlatform.Features.Platform.Models.GetModelLineage;

public sealed record LineageDatasetVersion
{
    public required Guid Id { get; init; }

    public required Guid DatasetId { get; init; }

    public required long Version { get; init; }

    public required long RowCount { get; init; }

    public required long ColumnCount { get; init; }

    public required DateTime CreatedAt { get; init; }
}
