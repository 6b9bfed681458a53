using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DataPlatform.Profiling.Tests;

/// <summary>
/// A file large enough for the paths small fixtures never take: more than 2^19 distinct numbers (no
/// value counts), a complete ascending column read in place, a shuffled one sorted, and row hashes
/// over more than one chunk; each figure against a plain computation in the test.
/// </summary>
public sealed class LargeColumnTests : IDisposable
{
    private const int Rows = 1_200_000;
    private readonly string _directory = Directory.CreateTempSubdirectory("profiling-large-").FullName;

    [Fact]
    public void Statistics_of_many_distinct_numbers_agree_with_a_plain_computation()
    {
        // seq: ascending, each value twice (600,000 distinct); x: shuffled, 6 decimals; name: 700,000
        // distinct texts, most of them twice; rows with i % 20 == 1 repeat the row before them exactly.
        var random = new Random(7);
        var seq = new double[Rows];
        var x = new double[Rows];
        var name = new string[Rows];
        var text = new StringBuilder("seq,x,name\n");
        long duplicates = 0;
        for (var i = 0; i < Rows; i++)
        {
            seq[i] = (i / 2) - 1000;
            x[i] = i % 20 == 1 ? x[i - 1] : Math.Round((random.NextDouble() - 0.3) * 1e4, 6);
            name[i] = i % 20 == 1 ? name[i - 1] : $"n{i % 700_000}";
            duplicates += i % 20 == 1 ? 1 : 0;
            text.Append(CultureInfo.InvariantCulture, $"{seq[i]},{x[i].ToString("R", CultureInfo.InvariantCulture)},{name[i]}\n");
        }

        var path = Path.Combine(_directory, "large.csv");
        File.WriteAllText(path, text.ToString());

        var statistics = Profiler.Profile(path).Statistics;

        Assert.Equal(Rows, statistics.RowCount);
        Assert.Equal(duplicates, statistics.DuplicateRows);
        AssertAgrees(seq, (NumericColumnStatistics)statistics.Columns["seq"]);
        AssertAgrees(x, (NumericColumnStatistics)statistics.Columns["x"]);
        foreach (var workers in new[] { 1, 3 })
        {
            // The worker count changes who does what, never the result.
            var other = Profiler.Profile(path, new ProfileOptions { Workers = workers }).Statistics;
            Assert.Equal(JsonSerializer.Serialize(statistics, Json.Options), JsonSerializer.Serialize(other, Json.Options));
        }

        var names = (TextColumnStatistics)statistics.Columns["name"];
        var counts = name.GroupBy(n => n).Select(g => (Value: g.Key, Count: (long)g.Count())).ToList();
        Assert.Equal(counts.Count, names.Unique);
        Assert.Equal(
            counts.OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).Take(10),
            names.TopValues.Select(t => (t.Key, t.Value)));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static void AssertAgrees(double[] values, NumericColumnStatistics column)
    {
        var sorted = values.Order().ToArray();
        Assert.Equal(sorted.Distinct().LongCount(), column.Unique);
        Assert.Equal(sorted[0], column.Min);
        Assert.Equal(sorted[^1], column.Max);
        Assert.Equal(values.Average(), column.Mean!.Value, 6);
        Assert.Equal(Percentile(sorted, 0.25), column.Percentiles.P25!.Value, 9);
        Assert.Equal(Percentile(sorted, 0.50), column.Percentiles.P50!.Value, 9);
        Assert.Equal(Percentile(sorted, 0.75), column.Percentiles.P75!.Value, 9);
        Assert.Equal(Rows, column.Histogram!.Counts.Sum());
    }

    /// <summary>Linear interpolation between the closest ranks (pandas' default).</summary>
    private static double Percentile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((sorted[above] - sorted[below]) * (position - below));
    }
}
