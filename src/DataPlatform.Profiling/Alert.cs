namespace DataPlatform.Profiling;

/// <summary>Something a person should look at before using the data, as ydata-profiling's alerts.</summary>
/// <param name="Kind">constant, all_missing, high_missing, unique, high_cardinality, imbalanced, skewed, zeros, high_correlation, duplicates or type_violation.</param>
/// <param name="Columns">The column (two for high_correlation, none for duplicates).</param>
/// <param name="Message">What was found, with the threshold.</param>
public sealed record Alert(string Kind, IReadOnlyList<string> Columns, string Message);
