namespace DataPlatform.Features.Tracker.Projects.ListTrackerProjects;

/// <param name="Projects">The page, sent as the bare array the Tracker documents.</param>
/// <param name="Total">All the caller's projects, sent as the X-Total-Count header.</param>
public sealed record ListTrackerProjectsResponse(IReadOnlyList<TrackerProject> Projects, long Total);
