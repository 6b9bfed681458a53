using System.Globalization;
using DataPlatform.Profiling;

namespace DataPlatform.Features.Platform.Reports;

/// <summary>
/// Two versions' stored histograms on the same 10 bins, from the lowest to the highest edge of either:
/// each stored bin's count is spread over the shared bins it overlaps in proportion to the overlap
/// (values are taken as even within a stored bin), then given as a share of the version's values.
/// </summary>
public sealed record SharedBins(IReadOnlyList<double> Edges, IReadOnlyList<double> FirstShares, IReadOnlyList<double> SecondShares)
{
    private const int Bins = 10;

    public static SharedBins Of(IReadOnlyList<double> firstEdges, IReadOnlyList<long> firstCounts, IReadOnlyList<double> secondEdges, IReadOnlyList<long> secondCounts)
    {
        double low = Math.Min(firstEdges[0], secondEdges[0]), high = Math.Max(firstEdges[^1], secondEdges[^1]);
        var edges = Enumerable.Range(0, Bins + 1).Select(i => i == Bins ? high : low + ((high - low) * i / Bins)).ToList();
        return new SharedBins(edges, Spread(firstEdges, firstCounts, edges), Spread(secondEdges, secondCounts, edges));
    }

    /// <summary>The same for dates, whose edges are ISO 8601 strings.</summary>
    public static SharedBins Of(DateHistogram first, DateHistogram second) =>
        Of(first.BinEdges.Select(Ticks).ToList(), first.Counts, second.BinEdges.Select(Ticks).ToList(), second.Counts);

    /// <summary>An edge of a date histogram as written in the stored profile.</summary>
    public static string DateLabel(double ticks)
    {
        // Within DateTime's range: the double nearest its last tick lies just past it.
        var whole = ticks >= DateTime.MaxValue.Ticks ? DateTime.MaxValue.Ticks : ticks <= 0 ? 0 : (long)ticks;
        return new DateTime(whole, DateTimeKind.Utc).ToString(whole % TimeSpan.TicksPerDay == 0 ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }

    private static double Ticks(string iso) => DateTime.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal).Ticks;

    private static IReadOnlyList<double> Spread(IReadOnlyList<double> edges, IReadOnlyList<long> counts, IReadOnlyList<double> shared)
    {
        var total = Math.Max(1, counts.Sum());
        var shares = new double[Bins];
        for (var i = 0; i < counts.Count; i++)
        {
            double from = edges[i], to = edges[i + 1];
            for (var j = 0; j < Bins; j++)
            {
                var overlap = to > from
                    ? Math.Max(0, Math.Min(to, shared[j + 1]) - Math.Max(from, shared[j])) / (to - from)
                    : from >= shared[j] && (from < shared[j + 1] || j == Bins - 1) ? 1 : 0;
                shares[j] += counts[i] * overlap / total;
            }
        }

        return shares;
    }
}
