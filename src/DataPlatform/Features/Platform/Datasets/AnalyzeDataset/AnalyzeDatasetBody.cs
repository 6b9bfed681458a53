namespace DataPlatform.Features.Platform.Datasets.AnalyzeDataset;

/// <summary>The response body: the statistics stored with the version and the alerts drawn from them (the same JSON as <c>DataPlatform profile FILE</c>).</summary>
/// <param name="Alerts">What a person should look at first (constant, mostly missing, ID-like, skewed, correlated columns...), computed from the stored statistics and quality report.</param>
public sealed record AnalyzeDatasetBody(Profiling.DatasetStatistics Statistics, IReadOnlyList<Profiling.Alert> Alerts, string? Error);
