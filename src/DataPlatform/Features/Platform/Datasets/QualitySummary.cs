using DataPlatform.Profiling;

namespace DataPlatform.Features.Platform.Datasets;

/// <summary>The quality of an upload in short: the score and the checks that failed.</summary>
/// <param name="Issues">The failed checks, with what they found.</param>
public sealed record QualitySummary(double OverallScore, IReadOnlyList<QualityIssue> Issues)
{
    public static QualitySummary From(QualityReport report) =>
        new(report.OverallScore, report.Issues.Select(c => new QualityIssue(c.Name, c.Details, c.Penalty)).ToList());
}
