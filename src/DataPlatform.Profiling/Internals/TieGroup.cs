namespace DataPlatform.Profiling.Internals;

internal sealed record TieGroup(HashSet<ulong> Hashes, int Needed, long Count);
