using System.Numerics;
using System.Runtime.CompilerServices;

namespace DataPlatform.Profiling.Internals;

/// <summary>
/// The hashes of a table's rows, spread over 256 buckets by their top 8 bits as they are added, so
/// that equal hashes share a bucket. Repeats are then counted bucket by bucket, in parallel, each
/// bucket in a hash table small enough to stay in the processor's cache, instead of sorting every
/// hash of the table. Buckets grow by blocks of the pinned heap: the garbage collector never copies
/// them, and a partly filled block wastes at most a few kilobytes per bucket.
/// </summary>
internal sealed class RowHashes
{
    private const int TopBits = 8;
    private const int Buckets = 1 << TopBits;
    private const int BlockSize = 2048;

    private readonly List<ulong[]>[] _blocks = Enumerable.Range(0, Buckets).Select(_ => new List<ulong[]>()).ToArray();
    private readonly ulong[][] _current = Enumerable.Repeat(Array.Empty<ulong>(), Buckets).ToArray();
    private readonly int[] _filled = new int[Buckets];

    /// <summary>How many hashes were added (counted from the buckets, so that adding one only stores it).</summary>
    public long Count => Enumerable.Range(0, Buckets).Sum(CountIn);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ulong hash)
    {
        var bucket = (int)(hash >> (64 - TopBits));
        var filled = _filled[bucket];
        var block = _current[bucket];
        if (filled == block.Length)
        {
            block = NewBlock(bucket);
            filled = 0;
        }

        block[filled] = hash;
        _filled[bucket] = filled + 1;
    }

    private ulong[] NewBlock(int bucket)
    {
        var block = GC.AllocateUninitializedArray<ulong>(BlockSize, pinned: true);
        _blocks[bucket].Add(block);
        _current[bucket] = block;
        return block;
    }

    /// <summary>Lets go of the hashes.</summary>
    public void Clear()
    {
        foreach (var blocks in _blocks)
        {
            blocks.Clear();
        }

        Array.Fill(_current, Array.Empty<ulong>());
        Array.Clear(_filled);
    }

    /// <summary>How many of the non-zero hashes of <paramref name="lists"/> repeat one seen before: rows equal to an earlier row.</summary>
    public static long CountRepeats(IReadOnlyList<RowHashes> lists, ParallelOptions parallel)
    {
        long repeats = 0;
        Parallel.For(0, Buckets, parallel, () => new CountingTable(), (bucket, _, table) =>
        {
            table.Reset(lists.Sum(list => list.CountIn(bucket)));
            foreach (var list in lists)
            {
                foreach (var block in list._blocks[bucket])
                {
                    var length = block == list._current[bucket] ? list._filled[bucket] : block.Length;
                    table.AddAll(block.AsSpan(0, length));
                }
            }

            Interlocked.Add(ref repeats, table.Repeats);
            return table;
        }, _ => { });
        return repeats;
    }

    private long CountIn(int bucket) => _blocks[bucket].Count == 0 ? 0 : ((long)(_blocks[bucket].Count - 1) * BlockSize) + _filled[bucket];

    /// <summary>An open-addressing set of hashes that counts the ones already in it; 0 marks an empty slot (and a row without a hash).</summary>
    private sealed class CountingTable
    {
        private ulong[] _slots = [];
        private int _mask;

        public long Repeats { get; private set; }

        /// <summary>Empties the table and makes room for <paramref name="count"/> hashes, keeping it at most half full.</summary>
        public void Reset(long count)
        {
            var size = (int)BitOperations.RoundUpToPowerOf2((ulong)Math.Max(16, count * 2));
            if (size > _slots.Length)
            {
                _slots = new ulong[size];
            }
            else
            {
                Array.Clear(_slots, 0, size);
            }

            _mask = size - 1;
            Repeats = 0;
        }

        public void AddAll(ReadOnlySpan<ulong> hashes)
        {
            var slots = _slots;
            var mask = _mask;
            long repeats = 0;
            foreach (var hash in hashes)
            {
                if (hash == 0)
                {
                    continue;
                }

                // The top bits chose the bucket: the low bits spread the hashes over the table.
                var slot = (int)hash & mask;
                while (true)
                {
                    var held = slots[slot];
                    if (held == hash)
                    {
                        repeats++;
                        break;
                    }

                    if (held == 0)
                    {
                        slots[slot] = hash;
                        break;
                    }

                    slot = (slot + 1) & mask;
                }
            }

            Repeats += repeats;
        }
    }
}
