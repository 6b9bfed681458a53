using System.Diagnostics;
using System.Globalization;
using DataPlatform.Profiling.Internals;

namespace DataPlatform.Profiling;

/// <summary>Profiles a CSV or Parquet file: types, exact statistics, duplicates, correlations and quality.</summary>
public static class Profiler
{
    /// <summary>Reads <paramref name="path"/> (Parquet when it starts with PAR1, else CSV) and profiles it.</summary>
    /// <exception cref="InvalidDataFileException">The file is not a readable table; the message names the row or column.</exception>
    public static DatasetProfile Profile(string path, ProfileOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ProfileOptions();
        var started = Stopwatch.GetTimestamp();
        var scan = IsParquet(path)
            ? ParquetTableReader.Scan(path, options, cancellationToken)
            : CsvTableReader.Scan(path, options, cancellationToken);
        var source = scan.Source.Description;
        var how = source.Dialect is { } dialect
            ? $"CSV in {dialect.Encoding}, separator '{source.Separator}', {(dialect.HeaderRow ? "a header row" : "no header row")}"
            : "Parquet";
        options.Log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"read {scan.RowCount:N0} rows x {scan.Columns.Count} columns ({how}) in {Stopwatch.GetElapsedTime(started).TotalSeconds:F2} s, working set {Environment.WorkingSet >> 20} MiB"));
        var computing = Stopwatch.GetTimestamp();
        var statistics = StatisticsBuilder.Build(scan, options, cancellationToken);
        options.Log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"computed the statistics in {Stopwatch.GetElapsedTime(computing).TotalSeconds:F2} s, working set {Environment.WorkingSet >> 20} MiB"));
        return new DatasetProfile
        {
            Statistics = statistics,
            Quality = QualityRules.Evaluate(statistics, scan.Columns),
            Source = source,
            LongestValue = scan.Columns.Count == 0 ? 0 : scan.Columns.Max(c => c.LongestValue),
        };
    }

    /// <summary>Whether the file has Parquet's magic bytes.</summary>
    public static bool IsParquet(string path)
    {
        Span<byte> magic = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.Read(magic) == 4 && magic.SequenceEqual("PAR1"u8);
    }
}
