namespace DataPlatform.Profiling;

/// <summary>A column's drift test.</summary>
/// <param name="Name"><c>ks</c> (two-sample Kolmogorov-Smirnov: numbers and dates) or <c>chi_square</c> (categories).</param>
/// <param name="Statistic">The KS distance D (0 to 1), or the chi-square statistic.</param>
/// <param name="PValue">The test's p-value.</param>
/// <param name="Drifted">Whether the p-value is below <see cref="Drift.DriftThreshold"/>.</param>
public sealed record DriftTest(string Name, double Statistic, double PValue, bool Drifted);
