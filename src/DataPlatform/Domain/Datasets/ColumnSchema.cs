namespace DataPlatform.Domain.Datasets;

/// <summary>A column's name and its type (int64, float64, bool, datetime64, category, object).</summary>
public sealed record ColumnSchema(string Name, string Dtype);
