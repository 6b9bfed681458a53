namespace DataPlatform.Profiling.Internals;

/// <summary>A sorted array of every value.</summary>
internal readonly struct SortedArray(double[] values, int count) : ISortedValues
{
    public long Count => count;

    public long Distinct
    {
        get
        {
            long distinct = 0;
            ForEachDistinct((_, _) => distinct++);
            return distinct;
        }
    }

    public double At(long index) => values[index];

    public void ForEachDistinct(Action<double, long> visit)
    {
        for (var i = 0; i < count;)
        {
            var j = i + 1;
            while (j < count && values[j] == values[i])
            {
                j++;
            }

            visit(values[i], j - i);
            i = j;
        }
    }
}
