using System.Text.Json.Serialization;

namespace DataPlatform.Profiling;

/// <summary>Everything the engine knows about one table: per-column statistics, duplicates, correlations and quality.</summary>
public sealed class DatasetProfile
{
    /// <summary>The statistics in the shape of the Platform API's <c>analyze</c> response.</summary>
    public required DatasetStatistics Statistics { get; init; }

    /// <summary>The quality report built from the statistics.</summary>
    public required QualityReport Quality { get; init; }

    /// <summary>How the file was read: its format and, for CSV, the separator and encoding.</summary>
    public required SourceDescription Source { get; init; }

    /// <summary>The longest value of any column, in UTF-8 bytes (spreadsheets limit a cell to 32,767 characters).</summary>
    public required long LongestValue { get; init; }

    /// <summary>Each column's name and type, in file order.</summary>
    public IReadOnlyList<(string Name, string Type)> Schema => Statistics.Columns.Select(c => (c.Key, c.Value.Type)).ToList();
}

/// <summary>How a file was read: for CSV, the separator, the encoding and whether the first row is a header.</summary>
public sealed record SourceDescription(string Format, string? Separator, string? Encoding, long Bytes, bool? HeaderRow = null)
{
    /// <summary>How later reads read the file: null for Parquet.</summary>
    public CsvDialect? Dialect => Encoding is { } encoding ? new CsvDialect(encoding, HeaderRow ?? true) : null;
}

/// <summary>Per-column statistics and table-wide figures, as <c>GET /api/datasets/{id}/analyze</c> returns them.</summary>
public sealed class DatasetStatistics
{
    /// <summary>One entry per column, in file order, keyed by the column name.</summary>
    public required IReadOnlyDictionary<string, ColumnStatistics> Columns { get; init; }

    public required long RowCount { get; init; }

    /// <summary>Rows equal to an earlier row (pandas <c>duplicated().sum()</c>).</summary>
    public required long DuplicateRows { get; init; }

    /// <summary>Estimated size in memory, in MiB, as pandas <c>memory_usage().sum()</c> of the same table.</summary>
    public required double MemoryUsage { get; init; }

    /// <summary>Pearson correlations between numeric (and boolean) columns, pairwise-complete; null where undefined.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, double?>> Correlations { get; init; }

    /// <summary>Numeric and boolean columns left out of the correlations: those after the first 100 in file order (absent from profiles stored before this limit).</summary>
    public int CorrelationColumnsOmitted { get; init; }
}

/// <summary>Statistics of one column; the derived type says which figures apply to its type.</summary>
/// <remarks>
/// <c>kind</c> names the derived type (numeric, datetime, text or boolean), so that clients generated
/// from the API description can tell them apart; <c>type</c> is the inferred column type.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(NumericColumnStatistics), "numeric")]
[JsonDerivedType(typeof(DateColumnStatistics), "datetime")]
[JsonDerivedType(typeof(TextColumnStatistics), "text")]
[JsonDerivedType(typeof(BooleanColumnStatistics), "boolean")]
public abstract class ColumnStatistics
{
    /// <summary>int64, float64, bool, datetime64, category or object.</summary>
    [JsonPropertyOrder(-10)]
    public required string Type { get; init; }

    /// <summary>Distinct non-missing values.</summary>
    [JsonPropertyOrder(-9)]
    public required long Unique { get; init; }

    [JsonPropertyOrder(-8)]
    public required long Missing { get; init; }

    /// <summary>Missing values as a percentage of rows, 0 to 100.</summary>
    [JsonPropertyOrder(-7)]
    public required double MissingPercent { get; init; }
}

/// <summary>int64 and float64 columns. Figures that are undefined (std of one value, an empty column) are null.</summary>
public sealed class NumericColumnStatistics : ColumnStatistics
{
    public required double? Min { get; init; }

    public required double? Max { get; init; }

    public required double? Mean { get; init; }

    /// <summary>Sample standard deviation (ddof = 1).</summary>
    public required double? Std { get; init; }

    public required Percentiles<double?> Percentiles { get; init; }

    /// <summary>Bias-adjusted sample skewness, as pandas <c>skew()</c>.</summary>
    public required double? Skewness { get; init; }

    /// <summary>Bias-adjusted excess kurtosis, as pandas <c>kurt()</c>.</summary>
    public required double? Kurtosis { get; init; }

    public required double? Iqr { get; init; }

    /// <summary>Values below p25 - 1.5 IQR or above p75 + 1.5 IQR.</summary>
    public required long? OutlierCount { get; init; }

    /// <summary>10 equal-width bins from min to max, the last bin closed, as <c>numpy.histogram(values, bins=10)</c>.</summary>
    public required Histogram? Histogram { get; init; }
}

/// <summary>datetime64 columns: figures are ISO 8601 dates or date-times.</summary>
public sealed class DateColumnStatistics : ColumnStatistics
{
    public required string? Min { get; init; }

    public required string? Max { get; init; }

    public required string? Mean { get; init; }

    public required Percentiles<string?> Percentiles { get; init; }
}

/// <summary>category and object columns.</summary>
public sealed class TextColumnStatistics : ColumnStatistics
{
    /// <summary>The 10 most frequent values with their counts, most frequent first, ties broken by value (ordinal).</summary>
    public required IReadOnlyDictionary<string, long> TopValues { get; init; }
}

/// <summary>bool columns.</summary>
public sealed class BooleanColumnStatistics : ColumnStatistics
{
    /// <summary>The share of true values, 0 to 1.</summary>
    public required double? Mean { get; init; }

    public required IReadOnlyDictionary<string, long> TopValues { get; init; }
}

/// <summary>Exact percentiles with linear interpolation (numpy's default).</summary>
public sealed record Percentiles<T>(T P25, T P50, T P75);

public sealed record Histogram(IReadOnlyList<long> Counts, IReadOnlyList<double> BinEdges);
