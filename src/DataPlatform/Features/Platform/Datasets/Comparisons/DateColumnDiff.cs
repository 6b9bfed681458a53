namespace DataPlatform.Features.Platform.Datasets.Comparisons;

/// <summary>datetime64 columns; PSI over 10 bins cut at v1's deciles of time.</summary>
public sealed class DateColumnDiff : ColumnDiff
{
    public required string? V1Min { get; init; }

    public required string? V1Max { get; init; }

    public required string? V2Min { get; init; }

    public required string? V2Max { get; init; }
}
