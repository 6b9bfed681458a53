namespace DataPlatform.Profiling;

/// <summary>category and object columns.</summary>
public sealed class TextColumnStatistics : ColumnStatistics
{
    /// <summary>The 10 most frequent values with their counts, most frequent first, ties broken by value (ordinal).</summary>
    public required IReadOnlyDictionary<string, long> TopValues { get; init; }

    /// <summary>The shortest value's length in characters (Unicode code points, as pandas' <c>str.len()</c>); absent from profiles stored before lengths were measured, null without values.</summary>
    public long? MinLength { get; init; }

    /// <summary>The values' mean length in characters.</summary>
    public double? MeanLength { get; init; }

    /// <summary>The longest value's length in characters.</summary>
    public long? MaxLength { get; init; }
}
