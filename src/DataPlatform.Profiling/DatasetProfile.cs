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
