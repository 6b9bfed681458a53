namespace DataPlatform.Features.Platform.Datasets.Comparisons;

/// <param name="ColumnDiffs">One entry per column present in both versions with comparable types, keyed by column name.</param>
/// <param name="ColumnsTested">Columns whose drift test ran (a <c>test</c> in their diff).</param>
/// <param name="DriftedColumns">Tested columns whose test's p-value is below 0.05.</param>
/// <param name="ShareDrifted">Drifted columns / tested columns (0 when none was tested).</param>
/// <param name="DatasetDrift">Whether at least half the tested columns drifted (Evidently's default rule).</param>
public sealed record CompareDatasetVersionsResponse(
    CompareSummary Summary,
    IReadOnlyDictionary<string, ColumnDiff> ColumnDiffs,
    int ColumnsTested,
    int DriftedColumns,
    double ShareDrifted,
    bool DatasetDrift);
