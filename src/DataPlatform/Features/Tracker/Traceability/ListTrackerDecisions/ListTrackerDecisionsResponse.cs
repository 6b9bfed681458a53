namespace DataPlatform.Features.Tracker.Traceability.ListTrackerDecisions;

/// <param name="Items">The page, sent as the bare array the Tracker documents.</param>
/// <param name="Total">All matching entries, sent as the X-Total-Count header.</param>
public sealed record ListTrackerDecisionsResponse(IReadOnlyList<TrackerDecision> Items, long Total);
