using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Text;

namespace DataPlatform.Profiling.Internals;

/// <summary>
/// Counts the distinct values of a text column by their 64-bit XxHash3, keeping no strings on the
/// hot path. Up to <see cref="TableLimit"/> distinct values live in an open-addressing table with
/// their counts and first row; past that, each row's hash is appended to a list that is radix-sorted
/// at the end (no random memory access, 8 bytes a row). The strings of the few values that make the
/// top 10 are read back from the file afterwards; <see cref="SmallestValues"/> keeps the smallest
/// strings so that ties among millions of equally frequent values can be broken by value.
/// </summary>
internal sealed class TextCounter
{
    public const int TableLimit = 1 << 16;
    private const int TopCount = 10;
    private const int MaxTiesToRead = 4096;

    private ulong[] _hashes = new ulong[16];
    private long[] _counts = new long[16];
    private long[] _firstRows = new long[16];
    private int _used;
    private ChunkedList<ulong>? _overflow;
    private long _overflowStartRow;

    public SmallestValues Smallest { get; } = new(256);

    /// <summary>Whether the column has too many distinct values for the table and keeps a hash per row.</summary>
    public bool HasRowHashes => _overflow is { Count: > 0 };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Hash(ReadOnlySpan<byte> value)
    {
        var hash = XxHash3.HashToUInt64(value);
        return hash == 0 ? 1 : hash;
    }

    /// <summary>The shortest value's length, in characters (Unicode code points, as Python's <c>len</c>); <see cref="long.MaxValue"/> before any.</summary>
    public long MinLength { get; private set; } = long.MaxValue;

    public long MaxLength { get; private set; }

    /// <summary>The lengths of all values counted, added up.</summary>
    public long TotalLength { get; private set; }

    /// <summary>Counts <paramref name="value"/>, whose <see cref="Hash"/> the caller has.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<byte> value, ulong hash, long row)
    {
        // UTF-8: one code point per byte that does not continue a sequence; ASCII checked first, vectorised.
        var length = Ascii.IsValid(value) ? value.Length : value.Length - ContinuationBytes(value);
        MinLength = Math.Min(MinLength, length);
        MaxLength = Math.Max(MaxLength, length);
        TotalLength += length;

        if (_overflow is not null)
        {
            _overflow.Add(hash);
            Smallest.Offer(value, hash);
            return;
        }

        var mask = _hashes.Length - 1;
        var slot = (int)(hash & (ulong)mask);
        while (true)
        {
            var existing = _hashes[slot];
            if (existing == hash)
            {
                _counts[slot]++;
                return;
            }

            if (existing == 0)
            {
                break;
            }

            slot = (slot + 1) & mask;
        }

        Smallest.Offer(value, hash);
        if (_used == TableLimit)
        {
            // Too many distinct values for a table that stays in cache: from here on, one hash a row.
            _overflow = new ChunkedList<ulong>();
            _overflowStartRow = row;
            _overflow.Add(hash);
            return;
        }

        _hashes[slot] = hash;
        _counts[slot] = 1;
        _firstRows[slot] = row;
        if (++_used * 2 > _hashes.Length)
        {
            GrowTable();
        }
    }

    /// <summary>Keeps the per-row list aligned with rows once it is in use.</summary>
    public void AddMissing() => _overflow?.Add(0);

    /// <summary>Lets go of the per-row list once <see cref="Finish"/> has read it.</summary>
    public void ReleaseRows() => _overflow?.Clear();

    /// <summary>
    /// The number of distinct values, and candidates that contain the top 10: every value more frequent
    /// than the 10th, and among those as frequent as the 10th either all (up to 4,096) or the smallest
    /// ones. Sorting the candidates by count, then by their strings, and taking 10 gives the top 10.
    /// </summary>
    public TextSummary Finish(ParallelOptions parallel) =>
        Summarize(_overflow is { Count: > 0 } overflow ? HashBuckets.Sort(overflow, parallel) : HashBuckets.Empty);

    private TextSummary Summarize(HashBuckets sortedOverflow)
    {
        // The table's values sorted by hash, so that they merge with the sorted list in one walk.
        var table = new List<(ulong Hash, long Count, long Row)>(_used);
        for (var slot = 0; slot < _hashes.Length; slot++)
        {
            if (_hashes[slot] != 0)
            {
                table.Add((_hashes[slot], _counts[slot], _firstRows[slot]));
            }
        }

        table.Sort((a, b) => a.Hash.CompareTo(b.Hash));
        var rows = table.ToDictionary(t => t.Hash, t => t.Row);

        long distinct = 0;
        var top = new PriorityQueue<long, long>();
        Merge(table, sortedOverflow, (_, count) =>
        {
            distinct++;
            Offer(top, count);
        });
        if (distinct == 0)
        {
            return new TextSummary(0, [], null);
        }

        var threshold = top.Peek();
        var above = new List<(ulong Hash, long Count)>();
        var tied = new List<ulong>();
        Merge(table, sortedOverflow, (hash, count) =>
        {
            if (count > threshold)
            {
                above.Add((hash, count));
            }
            else if (count == threshold && tied.Count <= MaxTiesToRead)
            {
                tied.Add(hash);
            }
        });

        var needed = (int)Math.Min(TopCount, distinct) - above.Count;
        var chosen = tied;
        TieGroup? unresolved = null;
        if (tied.Count > MaxTiesToRead)
        {
            // Too many equally frequent values to read back: the smallest strings seen overall decide
            // when enough of them have the threshold count; otherwise the column is read again.
            var countOf = new Dictionary<ulong, long>();
            var smallest = Smallest.InOrder().Select(v => v.Hash).ToHashSet();
            Merge(table, sortedOverflow, (hash, count) =>
            {
                if (smallest.Contains(hash))
                {
                    countOf[hash] = count;
                }
            });
            chosen = Smallest.InOrder().Where(v => countOf.GetValueOrDefault(v.Hash) == threshold).Take(needed).Select(v => v.Hash).ToList();
            if (chosen.Count < needed)
            {
                var group = new HashSet<ulong>();
                Merge(table, sortedOverflow, (hash, count) =>
                {
                    if (count == threshold)
                    {
                        group.Add(hash);
                    }
                });
                chosen = [];
                unresolved = new TieGroup(group, needed, threshold);
            }
        }

        var wanted = above.Concat(chosen.Select(hash => (Hash: hash, Count: threshold))).ToList();
        FindFirstRows(wanted.Select(w => w.Hash).Where(hash => !rows.ContainsKey(hash)).ToHashSet(), rows);
        return new TextSummary(distinct, wanted.Select(w => new TopCandidate(w.Hash, w.Count, rows[w.Hash])).ToList(), unresolved);
    }

    private delegate void DistinctVisitor(ulong hash, long count);

    /// <summary>Visits each distinct value once with its total count: table and list merged by hash.</summary>
    private static void Merge(List<(ulong Hash, long Count, long Row)> table, HashBuckets sorted, DistinctVisitor visit)
    {
        var t = 0;
        foreach (var bucket in sorted.Buckets)
        {
            var i = 0;
            while (i < bucket.Length)
            {
                var hash = bucket[i];
                while (t < table.Count && table[t].Hash < hash)
                {
                    visit(table[t].Hash, table[t].Count);
                    t++;
                }

                var end = i + 1;
                while (end < bucket.Length && bucket[end] == hash)
                {
                    end++;
                }

                long count = end - i;
                if (t < table.Count && table[t].Hash == hash)
                {
                    count += table[t].Count;
                    t++;
                }

                visit(hash, count);
                i = end;
            }
        }

        for (; t < table.Count; t++)
        {
            visit(table[t].Hash, table[t].Count);
        }
    }

    private static void Offer(PriorityQueue<long, long> top, long count)
    {
        if (top.Count < TopCount)
        {
            top.Enqueue(count, count);
        }
        else if (count > top.Peek())
        {
            top.DequeueEnqueue(count, count);
        }
    }

    /// <summary>The first row of each of <paramref name="hashes"/>, from the per-row list.</summary>
    private void FindFirstRows(HashSet<ulong> hashes, Dictionary<ulong, long> rows)
    {
        var row = _overflowStartRow;
        for (var c = 0; hashes.Count > 0 && c < _overflow!.ChunkCount; c++)
        {
            foreach (var hash in _overflow.Chunk(c))
            {
                if (hashes.Remove(hash))
                {
                    rows[hash] = row;
                }

                row++;
            }
        }
    }

    private void GrowTable()
    {
        var hashes = _hashes;
        var counts = _counts;
        var firstRows = _firstRows;
        _hashes = new ulong[hashes.Length * 2];
        _counts = new long[hashes.Length * 2];
        _firstRows = new long[hashes.Length * 2];
        var mask = _hashes.Length - 1;
        for (var i = 0; i < hashes.Length; i++)
        {
            if (hashes[i] == 0)
            {
                continue;
            }

            var slot = (int)(hashes[i] & (ulong)mask);
            while (_hashes[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _hashes[slot] = hashes[i];
            _counts[slot] = counts[i];
            _firstRows[slot] = firstRows[i];
        }
    }

    private static int ContinuationBytes(ReadOnlySpan<byte> value)
    {
        var count = 0;
        foreach (var b in value)
        {
            count += (b & 0xC0) == 0x80 ? 1 : 0;
        }

        return count;
    }
}
