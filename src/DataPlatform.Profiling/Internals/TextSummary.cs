namespace DataPlatform.Profiling.Internals;

/// <summary>
/// Distinct count and top-10 candidates. When <see cref="UnresolvedTies"/> is set, the top 10 still
/// needs the <see cref="TieGroup.Needed"/> smallest values of that group, found by reading the column again.
/// </summary>
internal sealed record TextSummary(long Distinct, IReadOnlyList<TopCandidate> Candidates, TieGroup? UnresolvedTies);
