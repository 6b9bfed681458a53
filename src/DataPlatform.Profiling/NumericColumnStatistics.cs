namespace DataPlatform.Profiling;

/// <summary>int64 and float64 columns. Figures that are undefined (std of one value, an empty column) are null.</summary>
public sealed class NumericColumnStatistics : ColumnStatistics
{
    public required double? Min { get; init; }

    public required double? Max { get; init; }

    public required double? Mean { get; init; }

    /// <summary>Sample standard deviation (ddof = 1).</summary>
    public required double? Std { get; init; }

    public required Percentiles<double?> Percentiles { get; init; }

    /// <summary>Bias-adjusted sample skewness, as pandas <c>skew()</c>.</summary>
    public required double? Skewness { get; init; }

    /// <summary>Bias-adjusted excess kurtosis, as pandas <c>kurt()</c>.</summary>
    public required double? Kurtosis { get; init; }

    public required double? Iqr { get; init; }

    /// <summary>Values below p25 - 1.5 IQR or above p75 + 1.5 IQR.</summary>
    public required long? OutlierCount { get; init; }

    /// <summary>Values equal to 0; absent from profiles stored before it was counted.</summary>
    public long? Zeros { get; init; }

    /// <summary>10 equal-width bins from min to max, the last bin closed, as <c>numpy.histogram(values, bins=10)</c>.</summary>
    public required Histogram? Histogram { get; init; }
}
