using System.Numerics;
using System.Runtime.InteropServices;

namespace DataPlatform.Profiling.Internals;

/// <summary>
/// Numeric figures of a row-aligned column (NaN where a value is missing), computed as pandas 1.5
/// and numpy define them: pandas' nanops moment formulas, numpy's linear percentiles and histogram
/// binning. Sums run in SIMD blocks combined pairwise, accurate to a few ulp.
/// </summary>
internal static class NumericMath
{
    private const int Block = 1024;

    /// <summary>Count and sum of the non-NaN values (chunk by chunk, in SIMD blocks summed pairwise).</summary>
    public static (long Count, double Sum) CountAndSum(ChunkedList<double> values)
    {
        long count = 0;
        var blockSums = new List<double>();
        for (var c = 0; c < values.ChunkCount; c++)
        {
            var chunk = values.Chunk(c);
            for (var start = 0; start < chunk.Length; start += Block)
            {
                var block = chunk.Slice(start, Math.Min(Block, chunk.Length - start));
                var sum = Vector<double>.Zero;
                var present = Vector<long>.Zero;
                var vectors = MemoryMarshal.Cast<double, Vector<double>>(block);
                foreach (var v in vectors)
                {
                    var valid = Vector.Equals(v, v);
                    sum += Vector.ConditionalSelect(valid, v, Vector<double>.Zero);
                    present -= valid;
                }

                var blockSum = Vector.Sum(sum);
                count += Vector.Sum(present);
                foreach (var x in block[(vectors.Length * Vector<double>.Count)..])
                {
                    if (!double.IsNaN(x))
                    {
                        blockSum += x;
                        count++;
                    }
                }

                blockSums.Add(blockSum);
            }
        }

        return (count, PairwiseSum(CollectionsMarshal.AsSpan(blockSums)));
    }

    /// <summary>Sums of the 2nd, 3rd and 4th powers of the deviations from <paramref name="mean"/> over the non-NaN values.</summary>
    public static (double M2, double M3, double M4) CentralMoments(ChunkedList<double> values, double mean)
    {
        var m2s = new List<double>();
        var m3s = new List<double>();
        var m4s = new List<double>();
        var center = new Vector<double>(mean);
        for (var c = 0; c < values.ChunkCount; c++)
        {
            var chunk = values.Chunk(c);
            for (var start = 0; start < chunk.Length; start += Block)
            {
                var block = chunk.Slice(start, Math.Min(Block, chunk.Length - start));
                Vector<double> s2 = Vector<double>.Zero, s3 = Vector<double>.Zero, s4 = Vector<double>.Zero;
                var vectors = MemoryMarshal.Cast<double, Vector<double>>(block);
                foreach (var v in vectors)
                {
                    var d = Vector.ConditionalSelect(Vector.Equals(v, v), v - center, Vector<double>.Zero);
                    var d2 = d * d;
                    s2 += d2;
                    s3 += d2 * d;
                    s4 += d2 * d2;
                }

                double a2 = Vector.Sum(s2), a3 = Vector.Sum(s3), a4 = Vector.Sum(s4);
                foreach (var x in block[(vectors.Length * Vector<double>.Count)..])
                {
                    if (!double.IsNaN(x))
                    {
                        var d = x - mean;
                        var d2 = d * d;
                        a2 += d2;
                        a3 += d2 * d;
                        a4 += d2 * d2;
                    }
                }

                m2s.Add(a2);
                m3s.Add(a3);
                m4s.Add(a4);
            }
        }

        return (PairwiseSum(CollectionsMarshal.AsSpan(m2s)), PairwiseSum(CollectionsMarshal.AsSpan(m3s)), PairwiseSum(CollectionsMarshal.AsSpan(m4s)));
    }

    /// <summary>Sample standard deviation (ddof 1), as pandas <c>nanstd</c>.</summary>
    public static double? Std(long count, double m2) => count < 2 ? null : Math.Sqrt(m2 / (count - 1));

    /// <summary>pandas <c>nanskew</c>: the bias-adjusted Fisher-Pearson coefficient; 0 for constant data.</summary>
    public static double? Skewness(long count, double m2, double m3)
    {
        if (count < 3)
        {
            return null;
        }

        m2 = ZeroOutRoundingNoise(m2);
        m3 = ZeroOutRoundingNoise(m3);
        if (m2 == 0)
        {
            return 0;
        }

        double n = count;
        return n * Math.Sqrt(n - 1) / (n - 2) * (m3 / Math.Pow(m2, 1.5));
    }

    /// <summary>pandas <c>nankurt</c>: bias-adjusted excess kurtosis; 0 for constant data.</summary>
    public static double? Kurtosis(long count, double m2, double m4)
    {
        if (count < 4)
        {
            return null;
        }

        double n = count;
        var numerator = ZeroOutRoundingNoise(n * (n + 1) * (n - 1) * m4);
        var denominator = ZeroOutRoundingNoise((n - 2) * (n - 3) * m2 * m2);
        if (denominator == 0)
        {
            return 0;
        }

        var adjustment = 3 * (n - 1) * (n - 1) / ((n - 2) * (n - 3));
        return (numerator / denominator) - adjustment;
    }

    /// <summary>numpy's linear percentile of sorted values, <paramref name="q"/> from 0 to 1.</summary>
    public static double Percentile<TSorted>(TSorted sorted, double q)
        where TSorted : ISortedValues
    {
        var position = q * (sorted.Count - 1);
        var below = (long)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Count - 1);
        var gamma = position - below;
        double a = sorted.At(below), b = sorted.At(above);
        var difference = b - a;
        // numpy's _lerp: from the nearer end, so that results are monotonic.
        return gamma >= 0.5 ? b - (difference * (1 - gamma)) : a + (difference * gamma);
    }

    /// <summary>numpy <c>histogram(values, bins=10)</c>: edges from min to max, the last bin closed.</summary>
    public static (long[] Counts, double[] Edges) Histogram<TSorted>(TSorted sorted, int bins = 10)
        where TSorted : ISortedValues
    {
        double first = sorted.At(0), last = sorted.At(sorted.Count - 1);
        if (first == last)
        {
            first -= 0.5;
            last += 0.5;
        }

        var edges = new double[bins + 1];
        var step = (last - first) / bins;
        for (var i = 0; i <= bins; i++)
        {
            edges[i] = (i * step) + first;
        }

        edges[bins] = last;
        var counts = new long[bins];
        var norm = bins / (last - first);
        sorted.ForEachDistinct((x, weight) =>
        {
            var index = (int)((x - first) * norm);
            if (index == bins)
            {
                index--;
            }

            if (x < edges[index])
            {
                index--;
            }
            else if (index != bins - 1 && x >= edges[index + 1])
            {
                index++;
            }

            counts[index] += weight;
        });
        return (counts, edges);
    }

    /// <summary>Values below <paramref name="low"/> or above <paramref name="high"/>.</summary>
    public static long CountOutside<TSorted>(TSorted sorted, double low, double high)
        where TSorted : ISortedValues
    {
        long outside = 0;
        sorted.ForEachDistinct((x, weight) =>
        {
            if (x < low || x > high)
            {
                outside += weight;
            }
        });
        return outside;
    }

    /// <summary>Sums partial sums pairwise, so rounding grows with log n, not n.</summary>
    public static double PairwiseSum(ReadOnlySpan<double> values) => values.Length switch
    {
        0 => 0,
        1 => values[0],
        _ => PairwiseSum(values[..(values.Length / 2)]) + PairwiseSum(values[(values.Length / 2)..]),
    };

    /// <summary>pandas' <c>_zero_out_fperr</c>.</summary>
    private static double ZeroOutRoundingNoise(double value) => Math.Abs(value) < 1e-14 ? 0 : value;
}
