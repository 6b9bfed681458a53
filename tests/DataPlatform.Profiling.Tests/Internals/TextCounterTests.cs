using System.Text;
using DataPlatform.Profiling.Internals;

namespace DataPlatform.Profiling.Tests.Internals;

/// <summary>Distinct counts and top values of text columns against a plain dictionary count.</summary>
public sealed class TextCounterTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("profiling-text-").FullName;

    [Theory]
    [InlineData(1_000, 50)]
    [InlineData(150_000, 100_000)]
    [InlineData(150_000, 149_000)]
    [InlineData(200_000, 20)]
    public void Distinct_and_top_ten_agree_with_a_dictionary_count(int rows, int distinct)
    {
        var random = new Random(rows + distinct);
        var values = Enumerable.Range(0, rows).Select(_ => $"value {random.Next(distinct):D6}").ToList();
        var path = Path.Combine(_directory, "text.csv");
        File.WriteAllLines(path, ["label", .. values]);

        var statistics = (TextColumnStatistics)Profiler.Profile(path).Statistics.Columns["label"];

        var counts = values.GroupBy(v => v, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count());
        var top = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(10).ToList();
        Assert.Equal(counts.Count, statistics.Unique);
        Assert.Equal(top.Select(kv => $"{kv.Key}={kv.Value}"), statistics.TopValues.Select(kv => $"{kv.Key}={kv.Value}"));
    }

    [Fact]
    public void Ties_among_millions_of_values_seen_once_are_broken_by_value()
    {
        // 150,000 distinct values, each once except a few: the top 10 are the most frequent, then the smallest.
        var values = Enumerable.Range(0, 150_000).Select(i => $"k{(i * 7919) % 150_000:D6}").Concat(["k149999", "k149999", "k100000"]).ToList();
        var path = Path.Combine(_directory, "ties.csv");
        File.WriteAllLines(path, ["key", .. values]);

        var statistics = (TextColumnStatistics)Profiler.Profile(path).Statistics.Columns["key"];

        Assert.Equal(
            ["k149999=3", "k100000=2", "k000000=1", "k000001=1", "k000002=1", "k000003=1", "k000004=1", "k000005=1", "k000006=1", "k000007=1"],
            statistics.TopValues.Select(kv => $"{kv.Key}={kv.Value}"));
    }

    [Fact]
    public void Hashing_counts_the_same_bytes_as_the_same_value()
    {
        Assert.Equal(TextCounter.Hash("abc"u8), TextCounter.Hash(Encoding.UTF8.GetBytes("abc")));
        Assert.NotEqual(TextCounter.Hash("abc"u8), TextCounter.Hash("abd"u8));
        Assert.NotEqual(0UL, TextCounter.Hash(""u8));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
