namespace DataPlatform.Profiling.Internals;

/// <summary>
/// Counts repeated hashes without a buffer of the lists' size: the chunks of the lists are sorted in
/// place, in parallel (hashes are uniform, so <see cref="RadixSort.SortUniform"/> applies), then the
/// sorted chunks are merged by walks that only count, one per range of hash values, in parallel
/// (equal hashes fall in the same range). The lists' order is lost, so this is for lists that are
/// not needed afterwards (the row hashes).
/// </summary>
internal static class SortedRuns
{
    /// <summary>Merging picks the smallest head by a linear scan up to this many chunks, by a heap beyond.</summary>
    private const int LinearMergeLimit = 8;

    /// <summary>The merge is split into 2^this ranges of hash values by their top bits.</summary>
    private const int RangeBits = 4;

    /// <summary>How many of the non-zero hashes of the lists repeat one seen before (each list is sorted chunk by chunk in place).</summary>
    public static long CountRepeats(IReadOnlyList<ChunkedList<ulong>> lists, ParallelOptions parallel)
    {
        var chunks = lists.SelectMany(list => Enumerable.Range(0, list.ChunkCount).Select(c => list.ChunkArray(c))).ToArray();
        Parallel.For(0, chunks.Length, parallel, c => RadixSort.SortUniform(chunks[c].Items.AsSpan(0, chunks[c].Length)));

        long repeats = 0;
        Parallel.For(0, 1 << RangeBits, parallel, range =>
        {
            // Hashes from (range << 60) up to the next range; 0 (no value) is left out.
            var low = Math.Max(1UL, (ulong)range << (64 - RangeBits));
            var high = range == (1 << RangeBits) - 1 ? ulong.MaxValue : ((ulong)range + 1) << (64 - RangeBits);
            var runs = chunks.Select(chunk => Run.Between(chunk.Items.AsSpan(0, chunk.Length), chunk.Items, low, high, inclusive: high == ulong.MaxValue)).ToArray();
            Interlocked.Add(ref repeats, runs.Length <= LinearMergeLimit ? MergeLinear(runs) : MergeWithHeap(runs));
        });
        return repeats;
    }

    private static long MergeLinear(Run[] runs)
    {
        long repeats = 0;
        var previous = 0UL;
        var any = false;
        while (true)
        {
            var best = -1;
            var smallest = ulong.MaxValue;
            for (var r = 0; r < runs.Length; r++)
            {
                if (runs[r].Next < runs[r].End && (best < 0 || runs[r].Keys[runs[r].Next] < smallest))
                {
                    best = r;
                    smallest = runs[r].Keys[runs[r].Next];
                }
            }

            if (best < 0)
            {
                return repeats;
            }

            runs[best].Next++;
            if (any && smallest == previous)
            {
                repeats++;
            }

            previous = smallest;
            any = true;
        }
    }

    private static long MergeWithHeap(Run[] runs)
    {
        var heads = new PriorityQueue<int, ulong>(runs.Length);
        for (var r = 0; r < runs.Length; r++)
        {
            if (runs[r].Next < runs[r].End)
            {
                heads.Enqueue(r, runs[r].Keys[runs[r].Next]);
            }
        }

        long repeats = 0;
        var previous = 0UL;
        var any = false;
        while (heads.TryDequeue(out var r, out var key))
        {
            if (any && key == previous)
            {
                repeats++;
            }

            previous = key;
            any = true;
            if (++runs[r].Next < runs[r].End)
            {
                heads.Enqueue(r, runs[r].Keys[runs[r].Next]);
            }
        }

        return repeats;
    }

    /// <summary>The part of a sorted chunk within a range of hash values, and the position of its next key.</summary>
    private struct Run(ulong[] keys, int next, int end)
    {
        public readonly ulong[] Keys = keys;
        public readonly int End = end;
        public int Next = next;

        /// <summary>The keys from <paramref name="low"/> up to <paramref name="high"/> (included when <paramref name="inclusive"/>).</summary>
        public static Run Between(ReadOnlySpan<ulong> sorted, ulong[] keys, ulong low, ulong high, bool inclusive) =>
            new(keys, LowerBound(sorted, low), inclusive ? sorted.Length : LowerBound(sorted, high));

        /// <summary>The index of the first key not less than <paramref name="value"/>.</summary>
        private static int LowerBound(ReadOnlySpan<ulong> sorted, ulong value)
        {
            int low = 0, high = sorted.Length;
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                if (sorted[middle] < value)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }
    }
}
