using System.Collections.Concurrent;

namespace DataPlatform.Infrastructure.Pipeline;

/// <summary>
/// For each shape of target, the one query that resolves it: the project id (NULL when the project or
/// the resource does not exist), the caller's role (NULL for a non-member), the creator of the child or
/// of the resource, and the child's id (NULL when it is not in the project). No row when the caller's
/// user no longer exists.
/// </summary>
internal static class ProjectAccessSql
{
    private static readonly ConcurrentDictionary<(ProjectTargetKind Kind, ProjectChildKind Child, bool ByName), string> Queries = new();

    public static string For(ProjectTarget target) =>
        Queries.GetOrAdd((target.Kind, target.Child, target.ChildName is not null), key => Build(key.Kind, key.Child, key.ByName));

    private static string Build(ProjectTargetKind kind, ProjectChildKind child, bool byName)
    {
        // The root: what the request names first (joined on its own condition), the project it belongs to, and its creator.
        var (root, project, creator) = kind switch
        {
            ProjectTargetKind.Project => ("projects r ON r.id = @Id", "r.id", "NULL"),
            ProjectTargetKind.ProjectSlug => ("projects r ON r.namespace = @Namespace AND r.slug = @Slug", "r.id", "NULL"),
            ProjectTargetKind.Dataset => ("datasets r ON r.id = @Id AND r.deleted_at IS NULL", "r.project_id", "r.created_by"),
            ProjectTargetKind.DatasetVersion => ("dataset_versions v ON v.id = @Id LEFT JOIN datasets r ON r.id = v.dataset_id AND r.deleted_at IS NULL", "r.project_id", "NULL"),
            ProjectTargetKind.Experiment => ("experiments r ON r.id = @Id", "r.project_id", "r.created_by"),
            ProjectTargetKind.Model => ("models r ON r.id = @Id", "r.project_id", "r.created_by"),
            ProjectTargetKind.Deployment => ("deployments r ON r.id = @Id", "r.project_id", "r.created_by"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No access query for this kind of target."),
        };

        var childJoin = "";
        var childId = "NULL";
        if (child != ProjectChildKind.None)
        {
            var (table, live) = child switch
            {
                ProjectChildKind.Dataset => ("datasets", " AND c.deleted_at IS NULL"),
                ProjectChildKind.Experiment => ("experiments", ""),
                ProjectChildKind.Decision => ("decisions", ""),
                ProjectChildKind.Task => ("tasks", ""),
                _ => throw new ArgumentOutOfRangeException(nameof(child), child, "No access query for this kind of child."),
            };
            childJoin = $" LEFT JOIN {table} c ON c.project_id = {project} AND {(byName ? "c.name = @ChildName" : "c.id = @ChildId")}{live}";
            childId = "c.id";
            creator = "c.created_by";
        }

        // One row whatever exists: the caller (NULL when the user is gone), then the rest.
        return $"""
            SELECT u.id AS CallerId, {project} AS ProjectId, m.role AS Role, {creator} AS CreatorId, {childId} AS ChildId
            FROM users u
            LEFT JOIN {root}
            LEFT JOIN project_members m ON m.project_id = {project} AND m.user_id = u.id{childJoin}
            WHERE u.id = @UserId
            """;
    }
}
