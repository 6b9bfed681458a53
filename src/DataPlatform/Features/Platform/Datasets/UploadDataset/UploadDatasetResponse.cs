namespace DataPlatform.Features.Platform.Datasets.UploadDataset;

/// <param name="Id">The dataset's id (the same as <paramref name="DatasetId"/>).</param>
/// <param name="ArtifactId">The stored file; identical bytes uploaded twice share one artifact.</param>
public sealed record UploadDatasetResponse(Guid Id, Guid DatasetId, Guid DatasetVersionId, Guid ArtifactId, QualitySummary Quality);
