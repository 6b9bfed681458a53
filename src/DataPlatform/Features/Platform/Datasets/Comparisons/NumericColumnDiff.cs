using System.Text.Json.Serialization;

namespace DataPlatform.Features.Platform.Datasets.Comparisons;

/// <summary>int64 and float64 columns; PSI over 10 bins cut at v1's deciles.</summary>
public sealed class NumericColumnDiff : ColumnDiff
{
    public required double? V1Mean { get; init; }

    public required double? V2Mean { get; init; }

    public required double? V1Std { get; init; }

    public required double? V2Std { get; init; }

    /// <summary>(v2_mean - v1_mean) / |v1_mean| x 100; null when v1's mean is 0 or missing.</summary>
    [JsonPropertyOrder(2)]
    public required double? MeanShiftPct { get; init; }
}
