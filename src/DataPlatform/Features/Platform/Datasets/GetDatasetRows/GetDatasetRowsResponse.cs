namespace DataPlatform.Features.Platform.Datasets.GetDatasetRows;

/// <summary>A page of a version's rows.</summary>
/// <param name="Total">The version's row count.</param>
/// <param name="Columns">The columns in file order, with their types.</param>
/// <param name="Rows">One array per row, a value per column in the order of <paramref name="Columns"/>: numbers, booleans, ISO 8601 strings for dates (as the file wrote them), strings, or null when missing.</param>
public sealed record GetDatasetRowsResponse(
    Guid DatasetId,
    long Version,
    long Offset,
    int Limit,
    long Total,
    IReadOnlyList<DatasetRowsColumn> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows);
