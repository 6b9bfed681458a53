namespace DataPlatform.Features.Platform.Datasets.AnalyzeDataset;

/// <summary>The response body: the statistics stored with the version (the same JSON as <c>DataPlatform profile FILE</c>).</summary>
public sealed record AnalyzeDatasetBody(Profiling.DatasetStatistics Statistics, string? Error);
