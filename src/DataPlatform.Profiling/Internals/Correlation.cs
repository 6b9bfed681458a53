using System.Numerics;
using System.Runtime.InteropServices;

namespace DataPlatform.Profiling.Internals;

/// <summary>
/// Pearson correlations of every pair of columns over the rows where both values are present
/// (pandas <c>corr()</c>, pairwise-complete), in one sweep over the rows: each block of rows is read
/// once for all pairs. Values are taken relative to each column's overall mean, close to the mean of
/// the paired rows, so the co-moments suffer no cancellation and agree with a two-pass computation
/// to rounding. Block sums are combined pairwise.
/// </summary>
internal static class Correlation
{
    private const int Block = 1024;

    /// <summary>The correlation of each pair (i &lt;= j) of <paramref name="columns"/>, null where undefined.</summary>
    public static double?[,] Matrix(IReadOnlyList<ChunkedList<double>> columns, IReadOnlyList<double> shifts, ParallelOptions parallel)
    {
        var k = columns.Count;
        var pairs = new List<(int X, int Y)>();
        for (var x = 0; x < k; x++)
        {
            for (var y = x; y < k; y++)
            {
                pairs.Add((x, y));
            }
        }

        var chunks = k == 0 ? 0 : columns[0].ChunkCount;
        // Per chunk and pair: the sums of one chunk's blocks; chunks run in parallel.
        var partial = new PairSums[chunks][];
        Parallel.For(0, chunks, parallel, c =>
        {
            var sums = new PairSums[pairs.Count];
            for (var p = 0; p < sums.Length; p++)
            {
                sums[p] = new PairSums();
            }

            var length = columns[0].Chunk(c).Length;
            for (var start = 0; start < length; start += Block)
            {
                var size = Math.Min(Block, length - start);
                for (var p = 0; p < pairs.Count; p++)
                {
                    var (x, y) = pairs[p];
                    sums[p].AddBlock(columns[x].Chunk(c).Slice(start, size), columns[y].Chunk(c).Slice(start, size), shifts[x], shifts[y]);
                }
            }

            partial[c] = sums;
        });

        var result = new double?[k, k];
        for (var p = 0; p < pairs.Count; p++)
        {
            var (x, y) = pairs[p];
            var value = PairSums.Combine(partial.Select(chunk => chunk[p]).ToList());
            result[x, y] = value;
            result[y, x] = value;
        }

        return result;
    }

    /// <summary>Block sums of one pair: count, Σd, Σe, Σd², Σe², Σde (d, e relative to the shifts).</summary>
    private sealed class PairSums
    {
        public long Count { get; private set; }

        public List<double>[] Sums { get; } = [[], [], [], [], []];

        public void AddBlock(ReadOnlySpan<double> bx, ReadOnlySpan<double> by, double shiftX, double shiftY)
        {
            var vx = MemoryMarshal.Cast<double, Vector<double>>(bx);
            var vy = MemoryMarshal.Cast<double, Vector<double>>(by);
            var sx = new Vector<double>(shiftX);
            var sy = new Vector<double>(shiftY);
            Vector<double> d = Vector<double>.Zero, e = Vector<double>.Zero, dd = Vector<double>.Zero, ee = Vector<double>.Zero, de = Vector<double>.Zero;
            var present = Vector<long>.Zero;
            for (var i = 0; i < vx.Length; i++)
            {
                var both = Vector.Equals(vx[i], vx[i]) & Vector.Equals(vy[i], vy[i]);
                var dx = Vector.ConditionalSelect(both, vx[i] - sx, Vector<double>.Zero);
                var dy = Vector.ConditionalSelect(both, vy[i] - sy, Vector<double>.Zero);
                d += dx;
                e += dy;
                dd += dx * dx;
                ee += dy * dy;
                de += dx * dy;
                present -= both;
            }

            double ad = Vector.Sum(d), ae = Vector.Sum(e), add = Vector.Sum(dd), aee = Vector.Sum(ee), ade = Vector.Sum(de);
            Count += Vector.Sum(present);
            for (var i = vx.Length * Vector<double>.Count; i < bx.Length; i++)
            {
                if (!double.IsNaN(bx[i]) && !double.IsNaN(by[i]))
                {
                    var dx = bx[i] - shiftX;
                    var dy = by[i] - shiftY;
                    ad += dx;
                    ae += dy;
                    add += dx * dx;
                    aee += dy * dy;
                    ade += dx * dy;
                    Count++;
                }
            }

            Sums[0].Add(ad);
            Sums[1].Add(ae);
            Sums[2].Add(add);
            Sums[3].Add(aee);
            Sums[4].Add(ade);
        }

        public static double? Combine(IReadOnlyList<PairSums> parts)
        {
            long count = parts.Sum(p => p.Count);
            if (count < 1)
            {
                return null;
            }

            double Total(int i) => NumericMath.PairwiseSum(parts.SelectMany(p => p.Sums[i]).ToArray());
            double sd = Total(0), se = Total(1);
            var varianceX = Total(2) - (sd * sd / count);
            var varianceY = Total(3) - (se * se / count);
            var covariance = Total(4) - (sd * se / count);
            var divisor = Math.Sqrt(varianceX * varianceY);
            return divisor > 0 && double.IsFinite(divisor) ? covariance / divisor : null;
        }
    }
}
