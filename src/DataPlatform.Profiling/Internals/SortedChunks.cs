namespace DataPlatform.Profiling.Internals;

/// <summary>A column whose values are already ascending with none missing (ids, timestamps): read in place, not copied.</summary>
internal readonly struct SortedChunks(ChunkedList<double> values) : ISortedValues
{
    public long Count => values.Count;

    public long Distinct
    {
        get
        {
            long distinct = 0;
            ForEachDistinct((_, _) => distinct++);
            return distinct;
        }
    }

    /// <summary>Whether every value is a number (no NaN) and none is smaller than the one before.</summary>
    public static bool IsOrdered(ChunkedList<double> values)
    {
        var previous = double.NegativeInfinity;
        for (var c = 0; c < values.ChunkCount; c++)
        {
            foreach (var value in values.Chunk(c))
            {
                if (!(value >= previous))
                {
                    return false;
                }

                previous = value;
            }
        }

        return true;
    }

    public double At(long index) => values[index];

    public void ForEachDistinct(Action<double, long> visit)
    {
        var run = 0L;
        var current = 0.0;
        for (var c = 0; c < values.ChunkCount; c++)
        {
            foreach (var value in values.Chunk(c))
            {
                if (run > 0 && value != current)
                {
                    visit(current, run);
                    run = 0;
                }

                current = run == 0 ? value : current;
                run++;
            }
        }

        if (run > 0)
        {
            visit(current, run);
        }
    }
}
