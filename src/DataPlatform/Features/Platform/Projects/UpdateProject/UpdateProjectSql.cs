namespace DataPlatform.Features.Platform.Projects.UpdateProject;

internal static class UpdateProjectSql
{
    public const string Update =
        """
        UPDATE projects
        SET name = @Name,
            description = CASE WHEN @KeepDescription = 1 THEN description ELSE @Description END,
            status = COALESCE(@Status, status),
            updated_at = @Now
        WHERE id = @ProjectId
        """;
}
