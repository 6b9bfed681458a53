using DataPlatform.Profiling.Internals;

namespace DataPlatform.Profiling.Tests.Internals;

/// <summary>Repeats counted over chunks sorted in place, against a plain count with a hash set.</summary>
public sealed class SortedRunsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(70_000)]
    [InlineData(2_500_000)]
    [InlineData(9_500_000)]
    public void Counts_the_hashes_that_repeat_one_seen_before(int length)
    {
        // Half the hashes are drawn from a small pool, so repeats fall inside chunks and across them;
        // zeros stand for "no value" and are not counted.
        var random = new Random(length);
        var pool = Enumerable.Range(0, 50_000).Select(_ => (ulong)random.NextInt64()).ToArray();
        // Two lists, as two readers fill them: a repeat counts whichever list holds its first copy.
        var lists = new[] { new ChunkedList<ulong>(), new ChunkedList<ulong>() };
        var seen = new HashSet<ulong>();
        long expected = 0;
        for (var i = 0; i < length; i++)
        {
            var hash = i % 97 == 0 ? 0 : i % 2 == 0 ? pool[random.Next(pool.Length)] : (ulong)random.NextInt64();
            lists[i / 4096 % 2].Add(hash);
            if (hash != 0 && !seen.Add(hash))
            {
                expected++;
            }
        }

        Assert.Equal(expected, SortedRuns.CountRepeats(lists, new ParallelOptions()));
    }

    [Fact]
    public void An_ordered_complete_column_is_read_in_place_and_a_column_with_a_gap_or_a_step_back_is_not()
    {
        var ordered = new ChunkedList<double>();
        foreach (var value in new[] { -1.5, 0, 0, 2, 2, 2, 7 })
        {
            ordered.Add(value);
        }

        Assert.True(SortedChunks.IsOrdered(ordered));
        var distinct = new List<(double, long)>();
        new SortedChunks(ordered).ForEachDistinct((value, count) => distinct.Add((value, count)));
        Assert.Equal([(-1.5, 1L), (0, 2L), (2, 3L), (7, 1L)], distinct);
        Assert.Equal(4, new SortedChunks(ordered).Distinct);
        Assert.Equal(2, new SortedChunks(ordered).At(4));

        ordered.Add(double.NaN);
        Assert.False(SortedChunks.IsOrdered(ordered));
        var backwards = new ChunkedList<double>();
        backwards.Add(2);
        backwards.Add(1);
        Assert.False(SortedChunks.IsOrdered(backwards));
    }
}
