namespace DataPlatform.Features.Platform.Projects.DeleteProject;

internal static class DeleteProjectSql
{
    /// <summary>Members, timeline events, datasets and their versions go with it (ON DELETE CASCADE); artifact rows are removed after.</summary>
    public const string Delete = "DELETE FROM projects WHERE id = @ProjectId";
}
