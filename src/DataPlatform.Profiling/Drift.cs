namespace DataPlatform.Profiling;

/// <summary>
/// Population Stability Index between a base version of a column and a new one: over 10 bins cut at
/// the base's deciles (numpy's linear interpolation; a value equal to a cut goes to the upper bin)
/// for numbers, over the values for categories. Shares are of the non-missing values; an empty bin
/// counts as a share of <see cref="Epsilon"/>, so the index stays finite.
/// PSI = sum over bins of (new share - base share) * ln(new share / base share).
/// </summary>
public static class Drift
{
    public const double Epsilon = 1e-4;

    /// <summary>Categorical columns with more distinct values than this in either version get no PSI.</summary>
    public const int MaxCategories = 10_000;

    /// <summary>How many added or removed categories a comparison lists.</summary>
    public const int MaxListedCategories = 20;

    /// <summary>low below 0.1, moderate from 0.1 to 0.25, high above 0.25.</summary>
    public static string ShiftLevel(double psi) => psi < 0.1 ? "low" : psi <= 0.25 ? "moderate" : "high";

    /// <summary>All categorical columns of one version together hold at most this many values; the columns past it get no PSI.</summary>
    public const int MaxCategoriesInAll = 1_000_000;

    /// <summary>
    /// Compares <paramref name="columns"/> of two profiled files, reading each file once. Memory:
    /// 8 bytes per row of the base version for each numeric column (its values, to cut the deciles),
    /// and at most <see cref="MaxCategoriesInAll"/> distinct values over the categorical columns.
    /// </summary>
    public static IReadOnlyDictionary<string, ColumnDrift> Compare(
        string basePath,
        CsvDialect? baseDialect,
        IReadOnlyList<(string Name, string Type)> baseSchema,
        long baseRows,
        string newPath,
        CsvDialect? newDialect,
        IReadOnlyList<(string Name, string Type)> newSchema,
        IReadOnlyList<DriftColumn> columns,
        CancellationToken cancellationToken = default)
    {
        var baseSide = Collect(basePath, baseDialect, baseSchema, columns, cancellationToken, baseRows: baseRows);
        var cuts = new double[columns.Count][];
        var baseShares = new double[columns.Count][];
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Kind == DriftKind.Numeric && baseSide.Numbers[i] is { } numbers && baseSide.Counted[i] > 0)
            {
                var sorted = numbers.AsSpan(0, checked((int)baseSide.Counted[i]));
                sorted.Sort();
                var deciles = new double[9];
                for (var d = 0; d < deciles.Length; d++)
                {
                    deciles[d] = Quantile(sorted, (d + 1) / 10.0);
                }

                cuts[i] = deciles.Distinct().ToArray();
                baseShares[i] = Shares(sorted, cuts[i]);
            }

            baseSide.Numbers[i] = null;
        }

        var newSide = Collect(newPath, newDialect, newSchema, columns, cancellationToken, cuts);
        var result = new Dictionary<string, ColumnDrift>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            result[columns[i].Name] = columns[i].Kind == DriftKind.Numeric
                ? NumericDrift(baseShares[i], newSide.Bins[i], newSide.Counted[i])
                : CategoricalDrift(baseSide.Categories[i], newSide.Categories[i], baseSide.Counted[i], newSide.Counted[i]);
        }

        return result;
    }

    private static ColumnDrift NumericDrift(double[]? baseShares, long[]? newBins, long newCount)
    {
        if (baseShares is null || newBins is null || newCount == 0)
        {
            return new ColumnDrift(null, "one of the versions has no values in this column");
        }

        return new ColumnDrift(Psi(baseShares, newBins.Select(b => (double)b / newCount).ToArray()), null);
    }

    private static ColumnDrift CategoricalDrift(Dictionary<string, long>? baseCounts, Dictionary<string, long>? newCounts, long baseCount, long newCount)
    {
        if (baseCounts is null || newCounts is null)
        {
            return new ColumnDrift(null, $"too many distinct values to compare (over {MaxCategories:N0} in the column, or {MaxCategoriesInAll:N0} in all the columns compared): compared by their statistics only");
        }

        if (baseCount == 0 || newCount == 0)
        {
            return new ColumnDrift(null, "one of the versions has no values in this column");
        }

        var categories = baseCounts.Keys.Union(newCounts.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return new ColumnDrift(
            Psi(
                categories.Select(c => (double)baseCounts.GetValueOrDefault(c) / baseCount).ToArray(),
                categories.Select(c => (double)newCounts.GetValueOrDefault(c) / newCount).ToArray()),
            null,
            categories.Where(c => !baseCounts.ContainsKey(c)).Take(MaxListedCategories).ToList(),
            categories.Where(c => !newCounts.ContainsKey(c)).Take(MaxListedCategories).ToList());
    }

    private static double Psi(double[] expected, double[] actual)
    {
        double psi = 0;
        for (var i = 0; i < expected.Length; i++)
        {
            var e = Math.Max(expected[i], Epsilon);
            var a = Math.Max(actual[i], Epsilon);
            psi += (a - e) * Math.Log(a / e);
        }

        return psi;
    }

    /// <summary>Bin of <paramref name="value"/>: the number of cuts at or below it.</summary>
    private static int Bin(double[] cuts, double value)
    {
        var index = Array.BinarySearch(cuts, value);
        return index >= 0 ? index + 1 : ~index;
    }

    private static double[] Shares(ReadOnlySpan<double> sorted, double[] cuts)
    {
        var counts = new double[cuts.Length + 1];
        foreach (var value in sorted)
        {
            counts[Bin(cuts, value)]++;
        }

        var total = (double)sorted.Length;
        return counts.Select(c => c / total).ToArray();
    }

    private static double Quantile(ReadOnlySpan<double> sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((sorted[above] - sorted[below]) * (position - below));
    }

    /// <summary>
    /// One pass over a file: the numbers of numeric columns (or, given <paramref name="cuts"/>, their
    /// bin counts) and the value counts of categorical ones.
    /// </summary>
    private static Side Collect(
        string path,
        CsvDialect? dialect,
        IReadOnlyList<(string Name, string Type)> schema,
        IReadOnlyList<DriftColumn> columns,
        CancellationToken cancellationToken,
        double[][]? cuts = null,
        long baseRows = 0)
    {
        var positions = columns.Select(c => IndexOf(schema, c.Name)).ToArray();
        var wanted = new bool[schema.Count];
        foreach (var position in positions)
        {
            wanted[position] = true;
        }

        var side = new Side(columns.Count);
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Kind == DriftKind.Categorical)
            {
                side.Categories[i] = new Dictionary<string, long>(StringComparer.Ordinal);
            }
            else if (cuts is null)
            {
                side.Numbers[i] = GC.AllocateUninitializedArray<double>(checked((int)baseRows));
            }
            else if (cuts[i] is { } columnCuts)
            {
                side.Bins[i] = new long[columnCuts.Length + 1];
            }
        }

        long rows = 0;
        foreach (var row in TableRows.Read(path, dialect, schema.Select(c => c.Type).ToList(), wanted: wanted))
        {
            if (++rows % 65_536 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            for (var i = 0; i < columns.Count; i++)
            {
                var value = row[positions[i]];
                if (value is null)
                {
                    continue;
                }

                if (columns[i].Kind == DriftKind.Categorical)
                {
                    CountCategory(side, i, value);
                }
                else
                {
                    var number = value switch
                    {
                        long integer => integer,
                        double real => real,
                        DateTime moment => moment.Ticks,
                        bool flag => flag ? 1 : 0,
                        _ => double.NaN,
                    };
                    if (double.IsNaN(number))
                    {
                        continue;
                    }

                    if (side.Numbers[i] is { } numbers)
                    {
                        numbers[side.Counted[i]] = number;
                    }
                    else if (side.Bins[i] is { } bins)
                    {
                        bins[Bin(cuts![i], number)]++;
                    }

                    side.Counted[i]++;
                }
            }
        }

        return side;
    }

    private static void CountCategory(Side side, int column, object value)
    {
        side.Counted[column]++;
        if (side.Categories[column] is not { } counts)
        {
            return;
        }

        var key = value switch
        {
            bool flag => flag ? "true" : "false",
            IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => value.ToString()!,
        };
        if (!counts.TryGetValue(key, out var count))
        {
            side.TotalCategories++;
        }

        counts[key] = count + 1;
        if (counts.Count > MaxCategories || side.TotalCategories > MaxCategoriesInAll)
        {
            side.TotalCategories -= counts.Count;
            side.Categories[column] = null;
        }
    }

    private static int IndexOf(IReadOnlyList<(string Name, string Type)> schema, string name)
    {
        for (var i = 0; i < schema.Count; i++)
        {
            if (schema[i].Name == name)
            {
                return i;
            }
        }

        throw new ArgumentException($"The file has no column '{name}'.", nameof(name));
    }

    private sealed class Side(int columns)
    {
        public double[]?[] Numbers { get; } = new double[]?[columns];

        public long[]?[] Bins { get; } = new long[]?[columns];

        public Dictionary<string, long>?[] Categories { get; } = new Dictionary<string, long>?[columns];

        public long[] Counted { get; } = new long[columns];

        public long TotalCategories { get; set; }
    }
}
