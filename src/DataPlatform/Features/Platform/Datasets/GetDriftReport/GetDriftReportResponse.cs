namespace DataPlatform.Features.Platform.Datasets.GetDriftReport;

/// <summary>The report as one HTML page.</summary>
public sealed record GetDriftReportResponse(string Html);
