namespace DataPlatform.Profiling;

/// <summary>category and object columns.</summary>
public sealed class TextColumnStatistics : ColumnStatistics
{
    /// <summary>The 10 most frequent values with their counts, most frequent first, ties broken by value (ordinal).</summary>
    public required IReadOnlyDictionary<string, long> TopValues { get; init; }
}
