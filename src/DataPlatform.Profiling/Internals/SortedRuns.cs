namespace DataPlatform.Profiling.Internals;

/// <summary>
/// Counts repeated hashes without a buffer of the lists' size: the chunks of the lists are sorted in
/// place, in parallel (hashes are uniform, so <see cref="RadixSort.SortUniform"/> applies), then the
/// sorted chunks are merged in one walk that only counts. The lists' order is lost, so this is for
/// lists that are not needed afterwards (the row hashes).
/// </summary>
internal static class SortedRuns
{
    /// <summary>Merging picks the smallest head by a linear scan up to this many chunks, by a heap beyond.</summary>
    private const int LinearMergeLimit = 8;

    /// <summary>How many of the non-zero hashes of the lists repeat one seen before (each list is sorted chunk by chunk in place).</summary>
    public static long CountRepeats(IReadOnlyList<ChunkedList<ulong>> lists, ParallelOptions parallel)
    {
        var chunks = lists.SelectMany(list => Enumerable.Range(0, list.ChunkCount).Select(c => (List: list, Chunk: c))).ToArray();
        var runs = new Run[chunks.Length];
        Parallel.For(0, runs.Length, parallel, c =>
        {
            var (keys, length) = chunks[c].List.ChunkArray(chunks[c].Chunk);
            RadixSort.SortUniform(keys.AsSpan(0, length));
            runs[c] = new Run(keys, length, SkipZeros(keys.AsSpan(0, length)));
        });

        return runs.Length <= LinearMergeLimit ? MergeLinear(runs) : MergeWithHeap(runs);
    }

    private static int SkipZeros(ReadOnlySpan<ulong> sorted)
    {
        var start = 0;
        while (start < sorted.Length && sorted[start] == 0)
        {
            start++;
        }

        return start;
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
                if (runs[r].Next < runs[r].Length && (best < 0 || runs[r].Keys[runs[r].Next] < smallest))
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
            if (runs[r].Next < runs[r].Length)
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
            if (++runs[r].Next < runs[r].Length)
            {
                heads.Enqueue(r, runs[r].Keys[runs[r].Next]);
            }
        }

        return repeats;
    }

    /// <summary>A sorted chunk and the position of its next key.</summary>
    private struct Run(ulong[] keys, int length, int next)
    {
        public readonly ulong[] Keys = keys;
        public readonly int Length = length;
        public int Next = next;
    }
}
