namespace DataPlatform.Features.Platform.Datasets.GetDataset;

/// <summary>A dataset with its newest version; the version fields are null for a dataset logged without a file.</summary>
/// <param name="Csv">How the newest version's CSV file was read: null for Parquet, and for versions uploaded before this was recorded.</param>
public sealed record DatasetDetail(
    Guid Id,
    string Name,
    string? Description,
    Guid ProjectId,
    long? Rows,
    long? Columns,
    Guid? DatasetVersionId,
    long? Version,
    Guid? ArtifactId,
    string? FileName,
    string? Format,
    CsvReading? Csv,
    DateTime CreatedAt,
    DateTime UpdatedAt);
