namespace DataPlatform.Features.Platform.Datasets.AnalyzeDataset;

/// <summary>The stored statistics, sent as they were stored (no re-serialisation).</summary>
public sealed record AnalyzeDatasetResponse(string Json);
