using DataPlatform.Profiling;

namespace DataPlatform.Features.Platform.Datasets;

/// <summary>A column's name and its type (int64, float64, bool, datetime64, category, object).</summary>
public sealed record ColumnSchema(string Name, string Dtype);

/// <summary>The quality of an upload in short: the score and the checks that failed.</summary>
/// <param name="Issues">The failed checks, with what they found.</param>
public sealed record QualitySummary(double OverallScore, IReadOnlyList<QualityIssue> Issues)
{
    public static QualitySummary From(QualityReport report) =>
        new(report.OverallScore, report.Issues.Select(c => new QualityIssue(c.Name, c.Details, c.Penalty)).ToList());
}

/// <param name="Penalty">Points this issue took off the score.</param>
public sealed record QualityIssue(string Name, string Details, double Penalty);
