namespace DataPlatform.Features.Platform.Datasets.GetDataset;

/// <param name="Preview">The first 20 rows, one object per row keyed by column name; numbers as numbers, missing values as null.</param>
/// <param name="PreviewError">Why there is no preview (no file yet, or a file that cannot be read); null otherwise.</param>
public sealed record GetDatasetResponse(DatasetDetail Dataset, IReadOnlyList<IReadOnlyDictionary<string, object?>> Preview, string? PreviewError);

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

/// <summary>What was detected in a CSV file when it was uploaded.</summary>
/// <param name="Encoding">utf-8, utf-16le, utf-16be or windows-1252.</param>
/// <param name="Separator">The field separator: <c>,</c> <c>;</c> a tab or <c>|</c>.</param>
/// <param name="HeaderRow">Whether the first row names the columns; when it is data, the columns are named 0, 1, 2... as pandas names them.</param>
public sealed record CsvReading(string Encoding, string Separator, bool HeaderRow)
{
    public static CsvReading? Of(DatasetVersionRow? version) =>
        version is { CsvEncoding: { } encoding, CsvSeparator: { } separator } ? new CsvReading(encoding, separator, version.CsvHeaderRow != 0) : null;
}
