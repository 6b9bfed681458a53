namespace DataPlatform.Features.Platform.Projects.CreateProject;

internal static class CreateProjectSql
{
    public const string CallerNamespace = "SELECT namespace FROM users WHERE id = @UserId";

    public const string SlugsLike = "SELECT slug FROM projects WHERE namespace = @Namespace AND (slug = @Slug OR slug LIKE @Pattern)";

    public const string InsertProject =
        """
        INSERT INTO projects (id, namespace, slug, name, description, status, created_by, created_at, updated_at)
        VALUES (@Id, @Namespace, @Slug, @Name, @Description, 'active', @UserId, @Now, @Now)
        """;

    public const string InsertOwner =
        "INSERT INTO project_members (project_id, user_id, role, created_at) VALUES (@Id, @UserId, 'owner', @Now)";
}
