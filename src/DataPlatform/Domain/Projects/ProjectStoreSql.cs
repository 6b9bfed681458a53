namespace DataPlatform.Domain.Projects;

internal static class ProjectStoreSql
{
    /// <summary>The caller's namespace, once with each slug taken there that <c>@Slug</c> would clash with (or with none).</summary>
    public const string NamespaceAndSlugsLike =
        """
        SELECT u.namespace, p.slug FROM users u
        LEFT JOIN projects p ON p.namespace = u.namespace AND (p.slug = @Slug OR p.slug LIKE @Pattern)
        WHERE u.id = @UserId
        """;

    public const string InsertProject =
        """
        INSERT INTO projects (id, namespace, slug, name, description, client_name, status, created_by, created_at, updated_at)
        VALUES (@Id, @Namespace, @Slug, @Name, @Description, @ClientName, 'active', @UserId, @Now, @Now)
        """;

    /// <summary>Members, timeline events, tasks, datasets and their versions go with it (ON DELETE CASCADE).</summary>
    public const string Delete = "DELETE FROM projects WHERE id = @ProjectId";
}
