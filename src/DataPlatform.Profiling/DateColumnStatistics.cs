namespace DataPlatform.Profiling;

/// <summary>datetime64 columns: figures are ISO 8601 dates or date-times.</summary>
public sealed class DateColumnStatistics : ColumnStatistics
{
    public required string? Min { get; init; }

    public required string? Max { get; init; }

    public required string? Mean { get; init; }

    public required Percentiles<string?> Percentiles { get; init; }

    /// <summary>10 equal-width bins from the earliest to the latest value; absent from profiles stored before it was computed.</summary>
    public DateHistogram? Histogram { get; init; }
}
