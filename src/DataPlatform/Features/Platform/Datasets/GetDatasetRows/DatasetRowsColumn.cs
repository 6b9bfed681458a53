namespace DataPlatform.Features.Platform.Datasets.GetDatasetRows;

/// <param name="Dtype">int64, float64, bool, datetime64, category or object.</param>
public sealed record DatasetRowsColumn(string Name, string Dtype);
