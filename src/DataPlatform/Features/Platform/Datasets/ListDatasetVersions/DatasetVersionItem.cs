namespace DataPlatform.Features.Platform.Datasets.ListDatasetVersions;

/// <param name="CreatedByName">Who uploaded it; null once that user is deleted.</param>
public sealed record DatasetVersionItem(Guid Id, Guid DatasetId, long Version, long RowCount, long ColumnCount, string? Description, string? CreatedByName, DateTime CreatedAt);
