namespace DataPlatform.Features.Platform.Projects;

internal static class ProjectItemSql
{
    /// <summary>Projects visible to <c>@UserId</c>; append a WHERE clause.</summary>
    public const string Select =
        """
        SELECT p.id AS Id, p.name AS Name, p.description AS Description, p.status AS Status,
               p.namespace AS Namespace, p.slug AS Slug, m.role AS Role,
               (SELECT COUNT(*) FROM datasets d WHERE d.project_id = p.id AND d.deleted_at IS NULL) AS DatasetCount, (SELECT COUNT(*) FROM experiments e WHERE e.project_id = p.id) AS ExperimentCount,
               (SELECT COUNT(*) FROM models m WHERE m.project_id = p.id) AS ModelCount,
               p.created_at AS CreatedAt, p.updated_at AS UpdatedAt
        FROM projects p
        JOIN project_members m ON m.project_id = p.id AND m.user_id = @UserId
        """;

    public const string ById = Select + " WHERE p.id = @ProjectId";
}
