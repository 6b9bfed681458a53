using System.Runtime.InteropServices;

namespace DataPlatform.Profiling.Internals;

/// <summary>
/// An array of one column's length to gather values into and sort, rented per worker and reused
/// from column to column, so sorting ten columns allocates as much as sorting one. The radix sort of
/// numbers also needs a scratch array, created the first time one is sorted. The lists the values
/// are gathered from are emptied once copied: the statistics that need row order are done by then.
/// </summary>
internal sealed class SortBuffers(long length)
{
    private readonly double[] _data = GC.AllocateUninitializedArray<double>(checked((int)length));
    private ulong[]? _scratch;

    private ulong[] Scratch => _scratch ??= GC.AllocateUninitializedArray<ulong>(_data.Length);

    private Span<ulong> Keys => MemoryMarshal.Cast<double, ulong>(_data.AsSpan());

    /// <summary>The non-NaN values, sorted (columns already in order, such as ids, are not sorted again); empties <paramref name="values"/>.</summary>
    public SortedArray SortNumbers(ChunkedList<double> values)
    {
        var keys = Keys;
        var count = 0;
        var ordered = true;
        ulong previous = 0;
        for (var c = 0; c < values.ChunkCount; c++)
        {
            foreach (var value in values.Chunk(c))
            {
                if (!double.IsNaN(value))
                {
                    var key = RadixSort.KeyOf(value);
                    ordered &= key >= previous;
                    previous = key;
                    keys[count++] = key;
                }
            }
        }

        values.Clear();
        if (!ordered)
        {
            RadixSort.Sort(keys[..count], Scratch);
        }

        for (var i = 0; i < count; i++)
        {
            _data[i] = RadixSort.DoubleOf(keys[i]);
        }

        return new SortedArray(_data, count);
    }

    /// <summary>The values other than <paramref name="skip"/>, sorted as signed integers; empties <paramref name="values"/>.</summary>
    public Span<long> SortIntegers(ChunkedList<long> values, long skip)
    {
        var keys = Keys;
        var count = 0;
        for (var c = 0; c < values.ChunkCount; c++)
        {
            foreach (var value in values.Chunk(c))
            {
                if (value != skip)
                {
                    keys[count++] = RadixSort.KeyOf(value);
                }
            }
        }

        values.Clear();
        RadixSort.Sort(keys[..count], Scratch);
        var sorted = MemoryMarshal.Cast<ulong, long>(keys[..count]);
        for (var i = 0; i < count; i++)
        {
            sorted[i] = RadixSort.LongOf(keys[i]);
        }

        return sorted;
    }
}
