namespace DataPlatform.Profiling;

/// <summary>Exact percentiles with linear interpolation (numpy's default).</summary>
public sealed record Percentiles<T>(T P25, T P50, T P75);
