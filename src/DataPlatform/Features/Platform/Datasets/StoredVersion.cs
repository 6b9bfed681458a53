namespace DataPlatform.Features.Platform.Datasets;

/// <summary>A version as stored.</summary>
public sealed record StoredVersion(Guid VersionId, long Version, Guid ArtifactId, Guid ProjectId, string DatasetName);
