namespace DataPlatform.Features.Tracker.Projects.UpdateTrackerProject;

internal static class UpdateTrackerProjectSql
{
    public const string Update =
        "UPDATE projects SET name = @Name, client_name = @ClientName, description = @Description, updated_at = @Now WHERE id = @ProjectId";
}
