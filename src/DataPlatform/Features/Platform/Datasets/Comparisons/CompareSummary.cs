namespace DataPlatform.Features.Platform.Datasets.Comparisons;

/// <param name="RowsDiff">v2_rows - v1_rows.</param>
/// <param name="ColumnsAdded">Columns only v2 has.</param>
/// <param name="ColumnsRemoved">Columns only v1 has.</param>
/// <param name="ColumnsTypeChanged">Columns in both whose inferred type differs.</param>
public sealed record CompareSummary(
    long V1,
    long V2,
    long V1Rows,
    long V2Rows,
    long RowsDiff,
    long V1Columns,
    long V2Columns,
    IReadOnlyList<string> ColumnsAdded,
    IReadOnlyList<string> ColumnsRemoved,
    IReadOnlyList<ColumnTypeChange> ColumnsTypeChanged);
