namespace DataPlatform.Features.Tracker.Projects.ListTrackerProjects;

internal static class ListTrackerProjectsSql
{
    public const string Count = "SELECT COUNT(*) FROM project_members WHERE user_id = @UserId";

    public const string Page = TrackerProjects.CallerProjectIds + " LIMIT @Limit OFFSET @Offset";
}
