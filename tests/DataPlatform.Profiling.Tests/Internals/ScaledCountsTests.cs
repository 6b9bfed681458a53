using DataPlatform.Profiling.Internals;

namespace DataPlatform.Profiling.Tests.Internals;

/// <summary>Counts by scaled value, against a plain grouping of the same doubles.</summary>
public sealed class ScaledCountsTests
{
    public static TheoryData<string> Columns => ["integers", "prices", "rates", "scientific", "mixed scales", "negative and zeros", "missing"];

    [Theory]
    [MemberData(nameof(Columns))]
    public void Gives_the_distinct_values_in_order_with_their_counts(string kind)
    {
        var random = new Random(kind.Length);
        var values = Enumerable.Range(0, 200_000).Select(i => kind switch
        {
            "integers" => random.Next(-5_000, 90_000),
            "prices" => random.Next(100, 100_000) / 100.0,
            "rates" => random.Next(0, 5_001) / 10_000.0,
            "scientific" => double.Parse($"{random.Next(10_000, 99_999) / 10_000.0}e-04", System.Globalization.CultureInfo.InvariantCulture),
            "mixed scales" => i < 150_000 ? random.Next(0, 100) : random.Next(0, 100_000) / 1_000.0,
            "negative and zeros" => i % 3 == 0 ? -0.0 : i % 3 == 1 ? 0.0 : -random.Next(1, 1_000) / 10.0,
            _ => i % 2 == 0 ? double.NaN : random.Next(0, 50) / 4.0,
        }).ToArray();

        var counts = ScaledCounts.Of(ListOf(values));

        Assert.NotNull(counts);
        var expected = values.Where(v => !double.IsNaN(v)).GroupBy(v => v == 0 ? 0.0 : v).OrderBy(g => g.Key).Select(g => (g.Key, (long)g.Count())).ToList();
        var actual = new List<(double, long)>();
        counts.Value.ForEachDistinct((value, count) => actual.Add((value, count)));
        Assert.Equal(expected.Select(e => BitConverter.DoubleToInt64Bits(e.Key)), actual.Select(a => BitConverter.DoubleToInt64Bits(a.Item1)));
        Assert.Equal(expected.Select(e => e.Item2), actual.Select(a => a.Item2));
    }

    [Theory]
    [InlineData(0.1 + 0.2)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e300)]
    [InlineData(ScaledCounts.MaxRange)]
    [InlineData(1e-7)]
    public void Leaves_a_column_that_does_not_fit_to_the_hash_count(double outlier)
    {
        // 0.30000000000000004 has no short decimal; infinity and 1e300 are too large; MaxRange widens the range too far,
        // and so does 1e-7, which needs a scale of 10^7 for the values before it too.
        var values = Enumerable.Range(0, 1_000).Select(i => (double)(i % 10)).Append(outlier).ToArray();

        Assert.Null(ScaledCounts.Of(ListOf(values)));
    }

    [Fact]
    public void An_all_missing_column_has_no_values()
    {
        var counts = ScaledCounts.Of(ListOf([double.NaN, double.NaN]));

        Assert.NotNull(counts);
        Assert.Equal(0, counts.Value.Count);
        Assert.Equal(0, counts.Value.Distinct);
    }

    private static ChunkedList<double> ListOf(double[] values)
    {
        var list = new ChunkedList<double>();
        foreach (var value in values)
        {
            list.Add(value);
        }

        return list;
    }
}
