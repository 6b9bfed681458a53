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

    /// <summary>A column drifts when its test's p-value is below this (Evidently's default).</summary>
    public const double DriftThreshold = 0.05;

    /// <summary>A dataset drifts when at least this share of its tested columns drift (Evidently's default).</summary>
    public const double DatasetDriftShare = 0.5;

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
        var steps = new BaseSteps?[columns.Count];
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
                steps[i] = BaseSteps.Of(sorted);
            }

            baseSide.Numbers[i] = null;
        }

        var newSide = Collect(newPath, newDialect, newSchema, columns, cancellationToken, cuts, steps);
        var result = new Dictionary<string, ColumnDrift>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            result[columns[i].Name] = columns[i].Kind == DriftKind.Numeric
                ? NumericDrift(baseShares[i], newSide.Bins[i], newSide.Counted[i]) with { Test = KolmogorovSmirnov(steps[i], newSide.Steps[i]) }
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
            categories.Where(c => !newCounts.ContainsKey(c)).Take(MaxListedCategories).ToList())
        {
            Test = ChiSquare(categories.Select(c => (baseCounts.GetValueOrDefault(c), newCounts.GetValueOrDefault(c))).ToList(), baseCount, newCount),
        };
    }

    /// <summary>
    /// Two-sample Kolmogorov-Smirnov, exact statistic: D = sup |F_base(x) - F_new(x)| over every x, from
    /// the base version's sorted values and the new values counted at and between them; p-value from
    /// Kolmogorov's limiting distribution at sqrt(n1 n2 / (n1 + n2)) D (scipy's <c>ks_2samp(method="asymp")</c>).
    /// </summary>
    private static DriftTest? KolmogorovSmirnov(BaseSteps? baseSteps, NewSteps? newSteps)
    {
        if (baseSteps is null || newSteps is null || newSteps.Count == 0)
        {
            return null;
        }

        double n1 = baseSteps.Count, n2 = newSteps.Count;
        // Below the smallest base value F_base is 0 and F_new climbs to below / n2.
        long seen = newSteps.Below;
        var d = seen / n2;
        for (var k = 0; k < baseSteps.Values.Length; k++)
        {
            var baseShare = baseSteps.AtOrBelow[k] / n1;
            seen += newSteps.Equal[k];
            d = Math.Max(d, Math.Abs(baseShare - (seen / n2)));
            // Up to the next base value F_base stays; F_new climbs by the values between them.
            seen += newSteps.Between[k];
            d = Math.Max(d, Math.Abs(baseShare - (seen / n2)));
        }

        var p = Internals.StatisticalTests.KolmogorovSurvival(Math.Sqrt(n1 * n2 / (n1 + n2)) * d);
        return new DriftTest("ks", d, p, p < DriftThreshold);
    }

    /// <summary>
    /// Chi-square test of homogeneity on the 2 x k table of counts (version x category), without
    /// Yates' correction (scipy's <c>chi2_contingency(table, correction=False)</c>); k - 1 degrees of freedom.
    /// </summary>
    private static DriftTest ChiSquare(IReadOnlyList<(long Base, long New)> counts, long baseCount, long newCount)
    {
        double total = baseCount + newCount, statistic = 0;
        foreach (var (inBase, inNew) in counts)
        {
            var column = (double)(inBase + inNew);
            var expectedBase = column * baseCount / total;
            var expectedNew = column * newCount / total;
            statistic += ((inBase - expectedBase) * (inBase - expectedBase) / expectedBase) + ((inNew - expectedNew) * (inNew - expectedNew) / expectedNew);
        }

        var p = Internals.StatisticalTests.ChiSquareSurvival(statistic, counts.Count - 1);
        return new DriftTest("chi_square", statistic, p, p < DriftThreshold);
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
        BaseSteps?[]? steps = null,
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
                side.Steps[i] = steps?[i] is { } baseSteps ? new NewSteps(baseSteps.Values.Length) : null;
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
                        side.Steps[i]?.Add(steps![i]!.Values, number);
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

        public NewSteps?[] Steps { get; } = new NewSteps?[columns];

        public Dictionary<string, long>?[] Categories { get; } = new Dictionary<string, long>?[columns];

        public long[] Counted { get; } = new long[columns];

        public long TotalCategories { get; set; }
    }

    /// <summary>The base version's distinct values, sorted, and how many of its values are at or below each.</summary>
    private sealed class BaseSteps(double[] values, long[] atOrBelow)
    {
        public double[] Values { get; } = values;

        public long[] AtOrBelow { get; } = atOrBelow;

        public long Count => AtOrBelow.Length == 0 ? 0 : AtOrBelow[^1];

        public static BaseSteps Of(ReadOnlySpan<double> sorted)
        {
            var values = new List<double>();
            var atOrBelow = new List<long>();
            for (var i = 0; i < sorted.Length; i++)
            {
                if (i + 1 == sorted.Length || sorted[i + 1] != sorted[i])
                {
                    values.Add(sorted[i]);
                    atOrBelow.Add(i + 1);
                }
            }

            return new BaseSteps(values.ToArray(), atOrBelow.ToArray());
        }
    }

    /// <summary>The new version's values counted against the base's distinct values: below the first, at each, and between each and the next (or above the last).</summary>
    private sealed class NewSteps(int distinct)
    {
        public long Below { get; private set; }

        public long[] Equal { get; } = new long[distinct];

        public long[] Between { get; } = new long[distinct];

        public long Count { get; private set; }

        public void Add(double[] values, double value)
        {
            Count++;
            var index = Array.BinarySearch(values, value);
            if (index >= 0)
            {
                Equal[index]++;
            }
            else if (~index == 0)
            {
                Below++;
            }
            else
            {
                Between[~index - 1]++;
            }
        }
    }
}
