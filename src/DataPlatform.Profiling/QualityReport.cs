namespace DataPlatform.Profiling;

/// <summary>
/// A score from 0 to 100 and the checks behind it. Each check states its threshold and the points it
/// took off, so the score can be recomputed by hand: <see cref="OverallScore"/> = 100 minus the sum of
/// <see cref="QualityCheck.Penalty"/>, never below 0.
/// </summary>
public sealed record QualityReport(double OverallScore, IReadOnlyList<QualityCheck> Checks, string Formula)
{
    /// <summary>The checks that did not pass, for short summaries such as the upload response.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<QualityCheck> Issues => Checks.Where(c => !c.Passed).ToList();
}
