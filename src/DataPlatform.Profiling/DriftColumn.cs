namespace DataPlatform.Profiling;

/// <summary>A column to compare: its name and type in each version, and how to compare it.</summary>
public sealed record DriftColumn(string Name, DriftKind Kind);
