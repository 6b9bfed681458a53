namespace DataPlatform.Profiling.Internals;

/// <summary>
/// Non-zero hashes sorted into 256 buckets by their top 8 bits, each bucket an array of its own and
/// sorted in place: together they are the hashes in ascending order, bucket after bucket, and equal
/// hashes share a bucket. Unlike one array of every hash, the buckets fit into memory that earlier
/// work released, and they are sorted in parallel.
/// </summary>
internal sealed class HashBuckets
{
    private const int TopBits = 8;
    private const int Count = 1 << TopBits;
    private readonly ulong[][] _buckets;

    private HashBuckets(ulong[][] buckets) => _buckets = buckets;

    public static HashBuckets Empty { get; } = new(Enumerable.Repeat(Array.Empty<ulong>(), Count).ToArray());

    public static HashBuckets Sort(ChunkedList<ulong> hashes, ParallelOptions parallel)
    {
        var sizes = new int[Count];
        for (var c = 0; c < hashes.ChunkCount; c++)
        {
            foreach (var hash in hashes.Chunk(c))
            {
                if (hash != 0)
                {
                    sizes[hash >> (64 - TopBits)]++;
                }
            }
        }

        var buckets = sizes.Select(size => GC.AllocateUninitializedArray<ulong>(size)).ToArray();
        var filled = new int[Count];
        for (var c = 0; c < hashes.ChunkCount; c++)
        {
            foreach (var hash in hashes.Chunk(c))
            {
                if (hash != 0)
                {
                    var b = (int)(hash >> (64 - TopBits));
                    buckets[b][filled[b]++] = hash;
                }
            }
        }

        Parallel.For(0, Count, parallel, b => RadixSort.SortUniform(buckets[b], TopBits));
        return new HashBuckets(buckets);
    }

    /// <summary>Each bucket in ascending order of its hashes.</summary>
    public IReadOnlyList<ulong[]> Buckets => _buckets;
}
