namespace DataPlatform.Profiling.Internals;

/// <summary>Numbers in ascending order, as an array or as distinct values with counts.</summary>
internal interface ISortedValues
{
    long Count { get; }

    long Distinct { get; }

    /// <summary>The value at 0-based rank <paramref name="index"/>.</summary>
    double At(long index);

    /// <summary>Each distinct value, ascending, with how often it occurs (-0 and +0 are one value).</summary>
    void ForEachDistinct(Action<double, long> visit);
}
