using DataPlatform.Profiling.Internals;

namespace DataPlatform.Profiling.Tests.Internals;

/// <summary>A column that is complete and already in order is used in place of a sorted copy.</summary>
public sealed class SortedChunksTests
{
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
