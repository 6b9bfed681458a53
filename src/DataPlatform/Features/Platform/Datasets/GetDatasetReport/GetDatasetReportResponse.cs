namespace DataPlatform.Features.Platform.Datasets.GetDatasetReport;

/// <summary>The report as one HTML page.</summary>
public sealed record GetDatasetReportResponse(string Html);
