using System.Runtime.CompilerServices;

namespace DataPlatform.Profiling.Internals;

/// <summary>
/// The distinct values and counts of a numeric column whose values are decimals with few digits
/// (integers, prices, rates): each value is m / 10^k for one scale k and an integer m in a range of at
/// most <see cref="MaxRange"/>, so the counts go into an array indexed by m, which is in order: no
/// hashing and no sort. A value is taken only if m / 10^k gives back exactly the same double, so the
/// values are those of the column; a column that does not fit is left to <see cref="ValueCounts"/>.
/// </summary>
internal static class ScaledCounts
{
    /// <summary>Counts of this many integers (2 MiB) stay in the processor's cache.</summary>
    public const int MaxRange = 1 << 19;

    private const int MaxScale = 15;

    /// <summary>Scaled values must stay below 2^52, where every integer is a double.</summary>
    private const double MaxScaled = 4_503_599_627_370_496;

    private static readonly double[] PowersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>The non-NaN values, ascending and distinct (-0 counted as 0), with their counts; null when the column does not fit.</summary>
    public static SortedCounts? Of(ChunkedList<double> values) =>
        values.Count <= int.MaxValue && TryRange(values, out var scale, out var min, out var max) ? Count(values, scale, min, max) : null;

    /// <summary>
    /// The scale at which every value round-trips, and the range of the scaled values, if it is narrow
    /// enough. The scale starts at 0 and grows when a value needs it: values seen before round-trip at
    /// a finer scale too, their range scaled by the same power of ten.
    /// </summary>
    private static bool TryRange(ChunkedList<double> values, out int scale, out long min, out long max)
    {
        scale = 0;
        min = long.MaxValue;
        max = long.MinValue;
        var power = PowersOfTen[scale];
        for (var c = 0; c < values.ChunkCount; c++)
        {
            foreach (var value in values.Chunk(c))
            {
                if (double.IsNaN(value))
                {
                    continue;
                }

                if (!TryScale(value, power, out var scaled))
                {
                    if (!TryFinerScale(value, scale, out var finer, out scaled))
                    {
                        return false;
                    }

                    if (min <= max)
                    {
                        var factor = (long)PowersOfTen[finer - scale];
                        if (Math.Max(Math.Abs(min), Math.Abs(max)) >= MaxScaled / factor)
                        {
                            return false;
                        }

                        min *= factor;
                        max *= factor;
                    }

                    scale = finer;
                    power = PowersOfTen[scale];
                }

                min = Math.Min(min, scaled);
                max = Math.Max(max, scaled);
                if (max - min >= MaxRange)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The integer m with m / <paramref name="power"/> == <paramref name="value"/> exactly, if there is one (0 for both zeros).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryScale(double value, double power, out long scaled)
    {
        var product = Math.Round(value * power);
        if (!(Math.Abs(product) < MaxScaled))
        {
            scaled = 0;
            return false;
        }

        scaled = (long)product;
        return scaled / power == value;
    }

    /// <summary>The smallest scale above <paramref name="scale"/> at which <paramref name="value"/> round-trips, if any.</summary>
    private static bool TryFinerScale(double value, int scale, out int finer, out long scaled)
    {
        for (finer = scale + 1; finer <= MaxScale; finer++)
        {
            if (TryScale(value, PowersOfTen[finer], out scaled))
            {
                return true;
            }
        }

        scaled = 0;
        return false;
    }

    /// <summary>The counts by scaled value; null if a value does not round-trip after all (then the hash count decides).</summary>
    private static SortedCounts? Count(ChunkedList<double> values, int scale, long min, long max)
    {
        if (min > max)
        {
            return new SortedCounts([], []);
        }

        var power = PowersOfTen[scale];
        var counts = new int[max - min + 1];
        for (var c = 0; c < values.ChunkCount; c++)
        {
            foreach (var value in values.Chunk(c))
            {
                if (double.IsNaN(value))
                {
                    continue;
                }

                if (!TryScale(value, power, out var scaled) || scaled < min || scaled > max)
                {
                    return null;
                }

                counts[scaled - min]++;
            }
        }

        var distinct = counts.Count(count => count > 0);
        var sortedValues = new double[distinct];
        var sortedCounts = new long[distinct];
        var n = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0)
            {
                sortedValues[n] = (min + i) / power;
                sortedCounts[n++] = counts[i];
            }
        }

        return new SortedCounts(sortedValues, sortedCounts);
    }
}
