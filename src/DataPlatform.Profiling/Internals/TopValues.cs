namespace DataPlatform.Profiling.Internals;

/// <summary>Reads back the strings of top-value candidates and orders them: count descending, then value (ordinal).</summary>
internal static class TopValues
{
    private const int Count = 10;

    public static IReadOnlyDictionary<string, long>[] Resolve(TableScan scan, TextSummary?[] summaries, CancellationToken cancellationToken)
    {
        var requests = summaries
            .SelectMany((summary, c) => summary?.Candidates.Select(candidate => (candidate.Row, Column: c)) ?? [])
            .Distinct()
            .ToList();
        var strings = scan.Source.Fetch(requests, cancellationToken);

        var result = new IReadOnlyDictionary<string, long>[summaries.Length];
        for (var c = 0; c < summaries.Length; c++)
        {
            if (summaries[c] is not { } summary)
            {
                continue;
            }

            var entries = summary.Candidates.Select(candidate => (Value: strings[(candidate.Row, c)], candidate.Count)).ToList();
            if (summary.UnresolvedTies is { } ties)
            {
                entries.AddRange(scan.Source.SmallestAmong(c, ties.Hashes, ties.Needed, cancellationToken).Select(value => (value, ties.Count)));
            }

            result[c] = entries
                .OrderByDescending(e => e.Count)
                .ThenBy(e => e.Value, StringComparer.Ordinal)
                .Take(Count)
                .ToDictionary(e => e.Value, e => e.Count, StringComparer.Ordinal);
        }

        return result;
    }
}
