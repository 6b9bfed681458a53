namespace DataPlatform.Profiling;

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
