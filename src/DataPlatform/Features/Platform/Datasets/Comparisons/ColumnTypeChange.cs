namespace DataPlatform.Features.Platform.Datasets.Comparisons;

public sealed record ColumnTypeChange(string Column, string V1Type, string V2Type);
