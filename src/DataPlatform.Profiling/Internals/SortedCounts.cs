namespace DataPlatform.Profiling.Internals;

/// <summary>Sorted distinct values with their counts.</summary>
internal readonly struct SortedCounts : ISortedValues
{
    private readonly double[] _values;
    private readonly long[] _counts;
    private readonly long[] _ends;

    public SortedCounts(double[] values, long[] counts)
    {
        _values = values;
        _counts = counts;
        _ends = new long[counts.Length];
        long total = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            total += counts[i];
            _ends[i] = total;
        }
    }

    public long Count => _ends.Length == 0 ? 0 : _ends[^1];

    public long Distinct => _values.Length;

    public double At(long index)
    {
        // The first distinct value whose cumulative count passes index.
        var position = Array.BinarySearch(_ends, index + 1);
        return _values[position >= 0 ? position : ~position];
    }

    public void ForEachDistinct(Action<double, long> visit)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            visit(_values[i], _counts[i]);
        }
    }
}
