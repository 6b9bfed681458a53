using DataPlatform.Domain.Datasets;

namespace DataPlatform.Features.Platform.Datasets.Comparisons;

/// <summary>Two versions of a dataset and how they compare.</summary>
public sealed record ComparedVersions(DatasetVersionRow First, DatasetVersionRow Second, CompareDatasetVersionsResponse Comparison);
