using System.Runtime.CompilerServices;

namespace DataPlatform.Profiling.Internals;

/// <summary>The <c>capacity</c> smallest distinct values seen (ordinal byte order), with their hashes.</summary>
internal sealed class SmallestValues(int capacity)
{
    // Grown as values come: a column of one value (a short, wide file) keeps one.
    private readonly List<(byte[] Value, ulong Hash)> _values = [];
    private readonly HashSet<ulong> _hashes = [];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Offer(ReadOnlySpan<byte> value, ulong hash)
    {
        if (_values.Count == capacity && value.SequenceCompareTo(_values[^1].Value) >= 0)
        {
            return;
        }

        if (_hashes.Contains(hash))
        {
            return;
        }

        Insert(value, hash);
    }

    public IEnumerable<(byte[] Value, ulong Hash)> InOrder() => _values;

    private void Insert(ReadOnlySpan<byte> value, ulong hash)
    {
        var low = 0;
        var high = _values.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (value.SequenceCompareTo(_values[middle].Value) < 0)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        _values.Insert(low, (value.ToArray(), hash));
        _hashes.Add(hash);
        if (_values.Count > capacity)
        {
            _hashes.Remove(_values[^1].Hash);
            _values.RemoveAt(_values.Count - 1);
        }
    }
}
