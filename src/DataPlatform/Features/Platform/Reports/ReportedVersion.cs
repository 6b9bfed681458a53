using DataPlatform.Profiling;

namespace DataPlatform.Features.Platform.Reports;

/// <summary>One version in a drift report: its number, file and stored statistics.</summary>
public sealed record ReportedVersion(long Version, string FileName, DateTime CreatedAt, DatasetStatistics Statistics);
