namespace DataPlatform.Profiling;

/// <summary>Counts of a datetime column's values in 10 equal-width bins; the 11 edges are ISO 8601 dates or date-times, the last bin closed.</summary>
public sealed record DateHistogram(IReadOnlyList<long> Counts, IReadOnlyList<string> BinEdges);
