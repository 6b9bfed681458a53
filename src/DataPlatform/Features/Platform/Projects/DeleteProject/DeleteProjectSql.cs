namespace DataPlatform.Features.Platform.Projects.DeleteProject;

internal static class DeleteProjectSql
{
    /// <summary>Members and timeline events go with it (ON DELETE CASCADE).</summary>
    public const string Delete = "DELETE FROM projects WHERE id = @ProjectId";
}
