namespace DataPlatform.Features.Platform.Datasets.CreateDatasetVersion;

public sealed record CreateDatasetVersionResponse(Guid DatasetVersionId, long Version, long RowCount, long ColumnCount, Guid ArtifactId, QualitySummary Quality);
