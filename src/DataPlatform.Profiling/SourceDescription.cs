namespace DataPlatform.Profiling;

/// <summary>How a file was read: for CSV, the separator, the encoding and whether the first row is a header.</summary>
public sealed record SourceDescription(string Format, string? Separator, string? Encoding, long Bytes, bool? HeaderRow = null)
{
    /// <summary>How later reads read the file: null for Parquet.</summary>
    public CsvDialect? Dialect => Encoding is { } encoding ? new CsvDialect(encoding, HeaderRow ?? true) : null;
}
