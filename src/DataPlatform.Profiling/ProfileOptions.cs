namespace DataPlatform.Profiling;

/// <summary>Limits and knobs of one profiling run. The defaults suit files of any size.</summary>
public sealed record ProfileOptions
{
    /// <summary>Files with more columns are refused.</summary>
    public int MaxColumns { get; init; } = 10_000;

    /// <summary>A field longer than this (in UTF-8 bytes) is refused.</summary>
    public int MaxFieldBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// Correlations are computed between the first this many numeric and boolean columns (in file
    /// order); the others are counted in <see cref="DatasetStatistics.CorrelationColumnsOmitted"/>.
    /// 100 columns give 10,000 coefficients; all pairs of 10,000 would be 100 million.
    /// </summary>
    public int MaxCorrelationColumns { get; init; } = 100;

    /// <summary>
    /// A Parquet row group is read into memory whole: one claiming more rows is refused before any of
    /// them is read (pyarrow writes at most 1 Mi rows a group; versions before 15, 64 Mi).
    /// </summary>
    public int MaxRowGroupRows { get; init; } = 1 << 24;

    /// <summary>Threads for the work after reading (statistics per column); default: one per processor.</summary>
    public int? Workers { get; init; }

    /// <summary>Receives the number of rows read so far, every million rows.</summary>
    public IProgress<long>? Progress { get; init; }

    /// <summary>Receives a line per phase (reading, statistics) with its duration.</summary>
    public Action<string>? Log { get; init; }
}
