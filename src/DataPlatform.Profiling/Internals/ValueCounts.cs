using System.Runtime.CompilerServices;

namespace DataPlatform.Profiling.Internals;

/// <summary>
/// The distinct values of a numeric column with their counts, when there are few enough of them for
/// a table that stays in cache (<see cref="CacheLimit"/>, or <see cref="Limit"/> at most). Percentiles, the histogram and outliers then
/// come from the sorted distinct values and their cumulative counts, without sorting the column.
/// </summary>
internal sealed class ValueCounts
{
    public const int Limit = 1 << 19;

    /// <summary>A table of this many distinct values (512 KiB) stays in the second-level cache.</summary>
    public const int CacheLimit = 1 << 14;
    private const int SampleSize = 1 << 16;

    // Doubles' bits never equal this NaN payload (NaN is not counted), and no date has these ticks.
    private const ulong Empty = 0xFFF8_0000_0000_0001UL;

    private readonly int _limit;
    private Entry[] _entries = NewTable(1 << 10);
    private int _shift = 64 - 10;
    private int _distinct;

    private ValueCounts(int limit) => _limit = limit;

    /// <summary>Counts the dates other than <paramref name="missing"/>; null when there are too many distinct ones.</summary>
    public static ValueCounts? OfTicks(ChunkedList<long> ticks, long missing)
    {
        var counts = new ValueCounts(Limit);
        long seen = 0;
        for (var c = 0; c < ticks.ChunkCount; c++)
        {
            foreach (var value in ticks.Chunk(c))
            {
                if (value != missing && (!counts.Add((ulong)value) || counts.GivesUp(++seen)))
                {
                    return null;
                }
            }
        }

        return counts;
    }

    /// <summary>Counts the non-NaN values; null when there are more than <paramref name="limit"/> distinct ones (at most <see cref="Limit"/>).</summary>
    public static ValueCounts? Of(ChunkedList<double> values, int limit)
    {
        var counts = new ValueCounts(Math.Min(limit, Limit));
        long seen = 0;
        for (var c = 0; c < values.ChunkCount; c++)
        {
            foreach (var value in values.Chunk(c))
            {
                // -0 and +0 are one value, as in pandas' nunique.
                if (!double.IsNaN(value) && (!counts.Add(BitConverter.DoubleToUInt64Bits(value == 0 ? 0.0 : value)) || counts.GivesUp(++seen)))
                {
                    return null;
                }
            }
        }

        return counts;
    }

    /// <summary>The distinct dates ascending, with how often each occurs.</summary>
    public (long[] Ticks, long[] Counts) SortedTicks()
    {
        var ticks = new long[_distinct];
        var counts = new long[_distinct];
        var n = 0;
        foreach (var entry in _entries)
        {
            if (entry.Key != Empty)
            {
                ticks[n] = (long)entry.Key;
                counts[n++] = entry.Count;
            }
        }

        Array.Sort(ticks, counts);
        return (ticks, counts);
    }

    /// <summary>The distinct values ascending, with how often each occurs.</summary>
    public SortedCounts Sorted()
    {
        var values = new double[_distinct];
        var counts = new long[_distinct];
        var n = 0;
        foreach (var entry in _entries)
        {
            if (entry.Key != Empty)
            {
                values[n] = BitConverter.UInt64BitsToDouble(entry.Key);
                counts[n++] = entry.Count;
            }
        }

        Array.Sort(values, counts);
        return new SortedCounts(values, counts);
    }

    /// <summary>Nearly all distinct from the start (ids, timestamps): sorting is the faster way.</summary>
    private bool GivesUp(long seen) => seen == SampleSize && _distinct > SampleSize * 9 / 10;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Add(ulong key)
    {
        var mask = _entries.Length - 1;
        var slot = Slot(key, _shift);
        while (true)
        {
            ref var entry = ref _entries[slot];
            if (entry.Key == key)
            {
                entry.Count++;
                return true;
            }

            if (entry.Key == Empty)
            {
                break;
            }

            slot = (slot + 1) & mask;
        }

        if (_distinct == _limit)
        {
            return false;
        }

        _entries[slot] = new Entry { Key = key, Count = 1 };
        if (++_distinct * 2 > _entries.Length)
        {
            Grow();
        }

        return true;
    }

    /// <summary>Fibonacci hashing: the top bits of the product depend on every bit of the key.</summary>
    private static int Slot(ulong key, int shift) => (int)((key * 0x9E37_79B9_7F4A_7C15UL) >> shift);

    private static Entry[] NewTable(int size)
    {
        var table = new Entry[size];
        Array.Fill(table, new Entry { Key = Empty });
        return table;
    }

    private void Grow()
    {
        var old = _entries;
        _entries = NewTable(old.Length * 2);
        _shift--;
        var mask = _entries.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Key != Empty)
            {
                var slot = Slot(entry.Key, _shift);
                while (_entries[slot].Key != Empty)
                {
                    slot = (slot + 1) & mask;
                }

                _entries[slot] = entry;
            }
        }
    }

    private struct Entry
    {
        public ulong Key;
        public long Count;
    }
}
