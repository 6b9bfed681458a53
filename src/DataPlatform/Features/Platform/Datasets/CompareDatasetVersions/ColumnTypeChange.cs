namespace DataPlatform.Features.Platform.Datasets.CompareDatasetVersions;

public sealed record ColumnTypeChange(string Column, string V1Type, string V2Type);
