using System.Collections.Concurrent;

namespace DataPlatform.Profiling.Internals;

/// <summary>
/// Turns a <see cref="TableScan"/> into statistics: moments while values are in row order, then
/// correlations, then each column sorted once (radix) for exact percentiles, distinct counts,
/// histograms and outliers. Columns are processed in parallel.
/// </summary>
internal static class StatisticsBuilder
{
    private const int CategoryMaxDistinct = 50;
    private const double CategoryMaxShare = 0.05;

    /// <summary>Tables from this many rows on free tens of megabytes at once, worth a full collection to reuse (see <see cref="SortBufferPool"/>).</summary>
    public const long LargeTableRows = 1 << 20;

    public static DatasetStatistics Build(TableScan scan, ProfileOptions options, CancellationToken cancellationToken)
    {
        var columns = scan.Columns;
        var rows = scan.RowCount;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Workers ?? Environment.ProcessorCount, CancellationToken = cancellationToken };
        var pool = new SortBufferPool(rows);

        // Moments and correlations need the values in row order: before any column is sorted.
        var moments = new Moments?[columns.Count];
        Parallel.For(0, columns.Count, parallel, c =>
        {
            if (columns[c].Numbers is { } values)
            {
                moments[c] = Moments.Of(values);
            }
        });
        var correlated = Enumerable.Range(0, columns.Count)
            .Where(c => columns[c].Numbers is not null && !(columns[c].Mode == ColumnMode.Boolean && columns[c].Missing > 0))
            .ToArray();
        var correlations = Correlations(columns, correlated.Take(options.MaxCorrelationColumns).ToArray(), moments, parallel);

        var statistics = new ColumnStatistics[columns.Count];
        var texts = new TextSummary?[columns.Count];
        // Duplicate rows first, on every worker; then the memory of the row hashes is collected, for the
        // buckets of text columns with a hash per row to reuse.
        var duplicates = RowHashes.CountRepeats(scan.RowHashes, parallel);
        foreach (var hashes in scan.RowHashes)
        {
            hashes.Clear();
        }

        // Only for tables large enough for it to matter: a full collection stops the whole process, and
        // the service profiles small uploads while it answers other requests.
        if (rows >= LargeTableRows)
        {
            GC.Collect();
        }

        // The longest work first, so that no worker is left alone with it at the end: text columns with
        // a hash per row (a sort of the whole column), then the others.
        var order = Enumerable.Range(0, columns.Count).OrderByDescending(c => columns[c].Text is { HasRowHashes: true }).ToArray();
        Parallel.ForEach(Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering), parallel, c =>
        {
            var column = columns[c];
            switch (column.Mode)
            {
                case ColumnMode.Integer or ColumnMode.Float:
                    // Few distinct values: statistics from their counts. Many: from the column itself when it is complete
                    // and already in order (ids), else from a sorted copy.
                    statistics[c] = DistinctCounts(column.Numbers!) is { } counts
                        ? NumericColumn(column, counts, moments[c]!, rows)
                        : SortedChunks.IsOrdered(column.Numbers!)
                            ? NumericColumn(column, new SortedChunks(column.Numbers!), moments[c]!, rows)
                            : pool.Use(buffers => NumericColumn(column, buffers.SortNumbers(column.Numbers!), moments[c]!, rows));
                    break;
                case ColumnMode.Boolean:
                    statistics[c] = BooleanColumn(column, moments[c]!, rows);
                    break;
                case ColumnMode.Date:
                    statistics[c] = ValueCounts.OfTicks(column.Dates!, ColumnAccumulator.MissingDate) is { } days
                        ? DateColumn(column, days.SortedTicks(), rows)
                        : pool.Use(buffers => DateColumn(column, Ungrouped(buffers.SortIntegers(column.Dates!, ColumnAccumulator.MissingDate)), rows));
                    break;
                case ColumnMode.Empty:
                    statistics[c] = EmptyColumn(column, rows);
                    break;
                default:
                    texts[c] = column.Text!.Finish(parallel);
                    break;
            }

            column.ReleaseValues();
        });

        var topValues = TopValues.Resolve(scan, texts, cancellationToken);
        for (var c = 0; c < columns.Count; c++)
        {
            if (texts[c] is { } text)
            {
                statistics[c] = TextColumn(columns[c], text.Distinct, topValues[c], rows);
            }
        }

        return new DatasetStatistics
        {
            Columns = columns.Select((column, c) => (column.Name, Statistics: statistics[c])).ToDictionary(x => x.Name, x => x.Statistics),
            RowCount = rows,
            DuplicateRows = duplicates,
            MemoryUsage = Math.Round(((rows * 8.0 * columns.Count) + 128) / (1024 * 1024), 2),
            Correlations = correlations,
            CorrelationColumnsOmitted = Math.Max(0, correlated.Length - options.MaxCorrelationColumns),
        };
    }

    /// <summary>
    /// The distinct values and their counts, by the cheapest way that applies: a hash table in cache for
    /// few of them, an array indexed by the scaled value for decimals in a narrow range, a larger hash
    /// table up to <see cref="ValueCounts.Limit"/>; null beyond.
    /// </summary>
    private static SortedCounts? DistinctCounts(ChunkedList<double> values) =>
        ValueCounts.Of(values, ValueCounts.CacheLimit)?.Sorted() ?? ScaledCounts.Of(values) ?? ValueCounts.Of(values, ValueCounts.Limit)?.Sorted();

    private static NumericColumnStatistics NumericColumn<TSorted>(ColumnAccumulator column, TSorted sorted, Moments moments, long rows)
        where TSorted : ISortedValues
    {
        // Integers keep their exact minimum and maximum; with missing values pandas makes them float64 (Parquet keeps its declared type).
        var integer = column.Mode == ColumnMode.Integer;
        double? p25 = null, p50 = null, p75 = null, iqr = null;
        long? outliers = null;
        long? zeros = null;
        Histogram? histogram = null;
        if (sorted.Count > 0)
        {
            p25 = NumericMath.Percentile(sorted, 0.25);
            p50 = NumericMath.Percentile(sorted, 0.50);
            p75 = NumericMath.Percentile(sorted, 0.75);
            iqr = p75 - p25;
            outliers = NumericMath.CountOutside(sorted, p25.Value - (1.5 * iqr.Value), p75.Value + (1.5 * iqr.Value));
            zeros = sorted.Count - NumericMath.CountOutside(sorted, 0, 0);
            if (double.IsFinite(sorted.At(0)) && double.IsFinite(sorted.At(sorted.Count - 1)))
            {
                var (counts, edges) = NumericMath.Histogram(sorted);
                histogram = new Histogram(counts, edges);
            }
        }

        return new NumericColumnStatistics
        {
            Type = column.DeclaredType ?? (integer && column.Missing == 0 ? "int64" : "float64"),
            Unique = sorted.Distinct,
            Missing = column.Missing,
            MissingPercent = Percent(column.Missing, rows),
            Min = sorted.Count == 0 ? null : integer ? column.IntegerMin : Finite(sorted.At(0)),
            Max = sorted.Count == 0 ? null : integer ? column.IntegerMax : Finite(sorted.At(sorted.Count - 1)),
            Mean = moments.Count == 0 ? null : Finite(moments.Mean),
            Std = Finite(NumericMath.Std(moments.Count, moments.M2)),
            Percentiles = new Percentiles<double?>(Finite(p25), Finite(p50), Finite(p75)),
            Skewness = Finite(NumericMath.Skewness(moments.Count, moments.M2, moments.M3)),
            Kurtosis = Finite(NumericMath.Kurtosis(moments.Count, moments.M2, moments.M4)),
            Iqr = Finite(iqr),
            OutlierCount = outliers,
            Zeros = zeros,
            Histogram = histogram,
        };
    }

    private static BooleanColumnStatistics BooleanColumn(ColumnAccumulator column, Moments moments, long rows)
    {
        var falseCount = column.NonMissing - column.TrueCount;
        // JSON's spelling, not .NET's (pandas would give Python's True and False).
        var top = new[] { ("true", column.TrueCount), ("false", falseCount) }
            .Where(x => x.Item2 > 0)
            .OrderByDescending(x => x.Item2)
            .ThenBy(x => x.Item1, StringComparer.Ordinal)
            .ToDictionary(x => x.Item1, x => x.Item2);
        return new BooleanColumnStatistics
        {
            Type = column.Missing == 0 ? "bool" : "object",
            Unique = top.Count,
            Missing = column.Missing,
            MissingPercent = Percent(column.Missing, rows),
            Mean = moments.Count == 0 ? null : Finite(moments.Mean),
            TopValues = top,
        };
    }

    /// <summary>Sorted ticks as distinct values with counts.</summary>
    private static (long[] Ticks, long[] Counts) Ungrouped(Span<long> sorted)
    {
        var ticks = new List<long>();
        var counts = new List<long>();
        for (var i = 0; i < sorted.Length;)
        {
            var j = i + 1;
            while (j < sorted.Length && sorted[j] == sorted[i])
            {
                j++;
            }

            ticks.Add(sorted[i]);
            counts.Add(j - i);
            i = j;
        }

        return (ticks.ToArray(), counts.ToArray());
    }

    private static DateColumnStatistics DateColumn(ColumnAccumulator column, (long[] Ticks, long[] Counts) distinct, long rows)
    {
        var (ticks, counts) = distinct;
        var ends = new long[counts.Length];
        long count = 0;
        Int128 sum = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            count += counts[i];
            ends[i] = count;
            sum += (Int128)ticks[i] * counts[i];
        }

        long At(long index)
        {
            var position = Array.BinarySearch(ends, index + 1);
            return ticks[position >= 0 ? position : ~position];
        }

        long? Percentile(double q)
        {
            if (count == 0)
            {
                return null;
            }

            var position = q * (count - 1);
            var below = (long)Math.Floor(position);
            var above = Math.Min(below + 1, count - 1);
            var low = At(below);
            return low + (long)Math.Round((At(above) - low) * (position - below));
        }

        string? Format(long? value) => value is { } t ? TableRows.IsoDate(new DateTime(t, DateTimeKind.Unspecified), column.AnyTime || t % TimeSpan.TicksPerDay != 0, column.AnyZone) : null;
        return new DateColumnStatistics
        {
            Type = "datetime64",
            Unique = ticks.Length,
            Missing = column.Missing,
            MissingPercent = Percent(column.Missing, rows),
            Min = Format(count == 0 ? null : ticks[0]),
            Max = Format(count == 0 ? null : ticks[^1]),
            Mean = Format(count == 0 ? null : (long)(sum / count)),
            Percentiles = new Percentiles<string?>(Format(Percentile(0.25)), Format(Percentile(0.5)), Format(Percentile(0.75))),
            Histogram = count == 0 ? null : DateHistogram(ticks, counts, Format),
        };
    }

    /// <summary>
    /// 10 equal-width bins from the earliest to the latest value, the last bin closed, as for numbers
    /// (<c>numpy.histogram</c>); a single instant gets one bin a day wide around it.
    /// </summary>
    private static DateHistogram DateHistogram(long[] ticks, long[] counts, Func<long?, string?> format)
    {
        const int bins = 10;
        // In whole ticks, within DateTime's range: a single instant near 0001-01-01 or 9999-12-31 gets a narrower bin.
        long first = ticks[0], last = ticks[^1];
        if (first == last)
        {
            first = Math.Max(DateTime.MinValue.Ticks, first - (TimeSpan.TicksPerDay / 2));
            last = Math.Min(DateTime.MaxValue.Ticks, last + (TimeSpan.TicksPerDay / 2));
        }

        var edges = new long[bins + 1];
        for (var i = 0; i < bins; i++)
        {
            edges[i] = first + (long)((Int128)(last - first) * i / bins);
        }

        edges[bins] = last;
        var binCounts = new long[bins];
        for (var i = 0; i < ticks.Length; i++)
        {
            var index = Array.BinarySearch(edges, ticks[i]);
            index = index >= 0 ? Math.Min(index, bins - 1) : ~index - 1;
            binCounts[Math.Clamp(index, 0, bins - 1)] += counts[i];
        }

        return new DateHistogram(binCounts, edges.Select(e => format(e)!).ToList());
    }

    private static NumericColumnStatistics EmptyColumn(ColumnAccumulator column, long rows) => new()
    {
        Type = column.DeclaredType ?? "float64",
        Unique = 0,
        Missing = column.Missing,
        MissingPercent = Percent(column.Missing, rows),
        Min = null,
        Max = null,
        Mean = null,
        Std = null,
        Percentiles = new Percentiles<double?>(null, null, null),
        Skewness = null,
        Kurtosis = null,
        Iqr = null,
        OutlierCount = null,
        Histogram = null,
    };

    private static TextColumnStatistics TextColumn(ColumnAccumulator column, long distinct, IReadOnlyDictionary<string, long> top, long rows) => new()
    {
        Type = column.DeclaredType ?? (distinct <= CategoryMaxDistinct && distinct <= CategoryMaxShare * rows ? "category" : "object"),
        Unique = distinct,
        Missing = column.Missing,
        MissingPercent = Percent(column.Missing, rows),
        TopValues = top,
        MinLength = column.NonMissing == 0 ? null : column.Text!.MinLength,
        MeanLength = column.NonMissing == 0 ? null : (double)column.Text!.TotalLength / column.NonMissing,
        MaxLength = column.NonMissing == 0 ? null : column.Text!.MaxLength,
    };

    private static Dictionary<string, IReadOnlyDictionary<string, double?>> Correlations(IReadOnlyList<ColumnAccumulator> columns, int[] included, Moments?[] moments, ParallelOptions parallel)
    {
        var matrix = Correlation.Matrix(included.Select(c => columns[c].Numbers!).ToList(), included.Select(c => Shift(moments[c]!)).ToList(), parallel);
        return included.Select((c, i) => (c, i)).ToDictionary(
            x => columns[x.c].Name,
            x => (IReadOnlyDictionary<string, double?>)included.Select((o, j) => (o, j)).ToDictionary(y => columns[y.o].Name, y => Finite(matrix[x.i, y.j])));
    }

    private static double Shift(Moments moments) => moments.Count == 0 ? 0 : moments.Mean;

    private static double Percent(long part, long whole) => whole == 0 ? 0 : Math.Round(part * 100.0 / whole, 6);

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
