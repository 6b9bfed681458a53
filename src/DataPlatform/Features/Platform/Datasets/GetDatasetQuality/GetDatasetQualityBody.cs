namespace DataPlatform.Features.Platform.Datasets.GetDatasetQuality;

/// <summary>The response body: the report stored with the version.</summary>
public sealed record GetDatasetQualityBody(Profiling.QualityReport Quality);
