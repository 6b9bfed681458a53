namespace DataPlatform.Features.Platform.Datasets.CompareDatasetVersions;

/// <param name="ColumnDiffs">One entry per column present in both versions with comparable types, keyed by column name.</param>
public sealed record CompareDatasetVersionsResponse(CompareSummary Summary, IReadOnlyDictionary<string, ColumnDiff> ColumnDiffs);
