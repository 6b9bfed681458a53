using DataPlatform.Features.Platform.Datasets.Comparisons;

namespace DataPlatform.Features.Platform.Reports;

/// <summary>What a drift report shows: two versions' stored profiles and how they compare.</summary>
public sealed record DriftReportModel
{
    /// <summary>The dataset's name.</summary>
    public required string Title { get; init; }

    public required ReportedVersion First { get; init; }

    public required ReportedVersion Second { get; init; }

    public required CompareDatasetVersionsResponse Comparison { get; init; }
}
