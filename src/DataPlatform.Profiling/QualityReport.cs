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

/// <summary>One rule of the quality report.</summary>
/// <param name="Name">missing_values, duplicate_rows, constant_columns, empty_columns, mixed_types, whitespace or outliers.</param>
/// <param name="Passed">Whether the measure is within the threshold.</param>
/// <param name="Details">The measure in words, with the threshold.</param>
/// <param name="Penalty">Points taken off the score (0 when passed, and sometimes when failed).</param>
/// <param name="Columns">The columns that failed the check.</param>
public sealed record QualityCheck(string Name, bool Passed, string Details, double Penalty, IReadOnlyList<string> Columns);
