namespace DataPlatform.Profiling;

public sealed record Histogram(IReadOnlyList<long> Counts, IReadOnlyList<double> BinEdges);
