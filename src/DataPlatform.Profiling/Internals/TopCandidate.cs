namespace DataPlatform.Profiling.Internals;

/// <summary>A value that belongs in the top 10 (or may), and a row where it occurs.</summary>
internal sealed record TopCandidate(ulong Hash, long Count, long Row);
