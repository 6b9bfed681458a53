using DataPlatform.Profiling.Internals;

namespace DataPlatform.Profiling.Tests.Internals;

/// <summary>The radix sorts against <see cref="Array.Sort{T}(T[])"/>.</summary>
public sealed class RadixSortTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(1000)]
    [InlineData(300_000)]
    public void Sorts_random_keys_like_Array_Sort(int length)
    {
        var random = new Random(length);
        var keys = Enumerable.Range(0, length).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40)).ToArray();
        var expected = keys.Order().ToArray();

        RadixSort.Sort(keys, new ulong[length]);

        Assert.Equal(expected, keys);
    }

    [Fact]
    public void Sorts_small_integers_where_most_digits_are_equal()
    {
        var random = new Random(1);
        var keys = Enumerable.Range(0, 100_000).Select(_ => RadixSort.KeyOf((long)random.Next(-50, 50))).ToArray();

        RadixSort.Sort(keys, new ulong[keys.Length]);

        Assert.Equal(keys.Select(RadixSort.LongOf).Order(), keys.Select(RadixSort.LongOf));
    }

    [Fact]
    public void Double_keys_order_like_the_doubles()
    {
        var random = new Random(2);
        var values = Enumerable.Range(0, 100_000).Select(_ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-300, 300)))
            .Concat([0.0, -0.0, double.MaxValue, double.MinValue, double.Epsilon, -double.Epsilon, double.PositiveInfinity, double.NegativeInfinity])
            .ToArray();
        var keys = values.Select(RadixSort.KeyOf).ToArray();

        RadixSort.Sort(keys, new ulong[keys.Length]);

        Assert.Equal(values.Order(), keys.Select(RadixSort.DoubleOf));
    }

    [Fact]
    public void Uniform_sort_of_hashes_matches_Array_Sort()
    {
        var random = new Random(3);
        var keys = Enumerable.Range(0, 200_000).Select(_ => (ulong)random.NextInt64()).Concat(Enumerable.Repeat(42UL, 1000)).ToArray();
        var expected = keys.Order().ToArray();

        RadixSort.SortUniform(keys);

        Assert.Equal(expected, keys);
    }

    [Fact]
    public void Uniform_sort_of_hashes_that_share_their_top_bits_matches_Array_Sort()
    {
        var random = new Random(5);
        var keys = Enumerable.Range(0, 30_000).Select(_ => (0xA5UL << 56) | ((ulong)random.NextInt64() >> 8)).ToArray();
        var expected = keys.Order().ToArray();

        RadixSort.SortUniform(keys, sharedTopBits: 8);

        Assert.Equal(expected, keys);
    }
}
