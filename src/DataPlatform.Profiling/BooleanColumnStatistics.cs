namespace DataPlatform.Profiling;

/// <summary>bool columns.</summary>
public sealed class BooleanColumnStatistics : ColumnStatistics
{
    /// <summary>The share of true values, 0 to 1.</summary>
    public required double? Mean { get; init; }

    public required IReadOnlyDictionary<string, long> TopValues { get; init; }
}
