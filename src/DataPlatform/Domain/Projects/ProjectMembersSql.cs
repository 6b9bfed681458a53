namespace DataPlatform.Domain.Projects;

internal static class ProjectMembersSql
{
    /// <summary>A user, their role in the project (null when not a member) and how many owners it has; the condition on <c>u</c> follows.</summary>
    public const string Candidate =
        """
        SELECT u.id AS UserId, u.email AS Email, m.role AS Role,
               (SELECT COUNT(*) FROM project_members o WHERE o.project_id = @ProjectId AND o.role = 'owner') AS Owners
        FROM users u LEFT JOIN project_members m ON m.project_id = @ProjectId AND m.user_id = u.id
        WHERE
        """;

    public const string Insert = "INSERT INTO project_members (project_id, user_id, role, created_at) VALUES (@ProjectId, @UserId, @Role, @Now)";

    public const string UpdateRole = "UPDATE project_members SET role = @Role WHERE project_id = @ProjectId AND user_id = @UserId";

    public const string Delete = "DELETE FROM project_members WHERE project_id = @ProjectId AND user_id = @UserId";
}
