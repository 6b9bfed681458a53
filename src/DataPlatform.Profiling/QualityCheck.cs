namespace DataPlatform.Profiling;

/// <summary>One rule of the quality report.</summary>
/// <param name="Name">missing_values, duplicate_rows, constant_columns, empty_columns, mixed_types, whitespace or outliers.</param>
/// <param name="Passed">Whether the measure is within the threshold.</param>
/// <param name="Details">The measure in words, with the threshold.</param>
/// <param name="Penalty">Points taken off the score (0 when passed, and sometimes when failed).</param>
/// <param name="Columns">The columns that failed the check.</param>
public sealed record QualityCheck(string Name, bool Passed, string Details, double Penalty, IReadOnlyList<string> Columns);
