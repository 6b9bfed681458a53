using DataPlatform.Profiling.Internals;

namespace DataPlatform.Profiling.Tests.Internals;

/// <summary>Repeats counted bucket by bucket, against a plain count with a hash set.</summary>
public sealed class RowHashesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(70_000)]
    [InlineData(2_500_000)]
    [InlineData(9_500_000)]
    public void Counts_the_hashes_that_repeat_one_seen_before(int length)
    {
        // Half the hashes are drawn from a small pool, so repeats fall inside blocks and across them;
        // zeros stand for "no value" and are not counted.
        var random = new Random(length);
        var pool = Enumerable.Range(0, 50_000).Select(_ => (ulong)random.NextInt64()).ToArray();
        // Two lists, as two readers fill them: a repeat counts whichever list holds its first copy.
        var lists = new[] { new RowHashes(), new RowHashes() };
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

        Assert.Equal(length, lists.Sum(list => list.Count));
        Assert.Equal(expected, RowHashes.CountRepeats(lists, new ParallelOptions()));
    }

    [Fact]
    public void Hashes_that_share_their_low_bits_and_fill_a_bucket_are_told_apart()
    {
        // Equal low bits collide in every table slot; one bucket (top bits 0x7F) holds them all.
        var hashes = new RowHashes();
        for (ulong i = 1; i <= 5_000; i++)
        {
            hashes.Add((0x7FUL << 56) | (i << 32));
        }

        hashes.Add((0x7FUL << 56) | (1UL << 32));
        hashes.Add((0x7FUL << 56) | (5_000UL << 32));
        hashes.Add(ulong.MaxValue);
        hashes.Add(ulong.MaxValue);

        Assert.Equal(3, RowHashes.CountRepeats([hashes], new ParallelOptions()));
        hashes.Clear();
        Assert.Equal(0, hashes.Count);
        Assert.Equal(0, RowHashes.CountRepeats([hashes], new ParallelOptions()));
    }
}
