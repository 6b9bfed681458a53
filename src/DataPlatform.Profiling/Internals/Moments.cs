namespace DataPlatform.Profiling.Internals;

/// <summary>Count, mean and central moments of a column in row order.</summary>
internal sealed record Moments(long Count, double Mean, double M2, double M3, double M4)
{
    public static Moments Of(ChunkedList<double> values)
    {
        var (count, sum) = NumericMath.CountAndSum(values);
        if (count == 0)
        {
            return new Moments(0, double.NaN, 0, 0, 0);
        }

        var mean = sum / count;
        var (m2, m3, m4) = NumericMath.CentralMoments(values, mean);
        return new Moments(count, mean, m2, m3, m4);
    }
}
