namespace DataPlatform.Features.Platform.Datasets.GetDatasetQuality;

/// <summary>The stored report, sent as it was stored.</summary>
public sealed record GetDatasetQualityResponse(string Json);
