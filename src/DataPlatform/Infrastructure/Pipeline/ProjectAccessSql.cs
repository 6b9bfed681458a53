using System.Collections.Concurrent;

namespace DataPlatform.Infrastructure.Pipeline;

/// <summary>
/// For each shape of target, the one query that resolves it: the project id, the caller's role
/// (NULL for a non-member), the creator of the child or of the resource, and the child's id (NULL when
/// it is not in the project). No row when the project or the resource does not exist.
/// </summary>
internal static class ProjectAccessSql
{
    private static readonly ConcurrentDictionary<(ProjectTargetKind Kind, ProjectChildKind Child, bool ByName), string> Queries = new();

    public static string For(ProjectTarget target) =>
        Queries.GetOrAdd((target.Kind, target.Child, target.ChildName is not null), key => Build(key.Kind, key.Child, key.ByName));

    private static string Build(ProjectTargetKind kind, ProjectChildKind child, bool byName)
    {
        // The root: what the request names first, the project it belongs to, and its creator.
        var (from, project, creator, where) = kind switch
        {
            ProjectTargetKind.Project => ("projects r", "r.id", "NULL", "r.id = @Id"),
            ProjectTargetKind.ProjectSlug => ("projects r", "r.id", "NULL", "r.namespace = @Namespace AND r.slug = @Slug"),
            ProjectTargetKind.Dataset => ("datasets r", "r.project_id", "r.created_by", "r.id = @Id AND r.deleted_at IS NULL"),
            ProjectTargetKind.DatasetVersion => ("dataset_versions v JOIN datasets r ON r.id = v.dataset_id AND r.deleted_at IS NULL", "r.project_id", "NULL", "v.id = @Id"),
            ProjectTargetKind.Experiment => ("experiments r", "r.project_id", "r.created_by", "r.id = @Id"),
            ProjectTargetKind.Model => ("models r", "r.project_id", "r.created_by", "r.id = @Id"),
            ProjectTargetKind.Deployment => ("deployments r", "r.project_id", "r.created_by", "r.id = @Id"),
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

        return $"""
            SELECT {project} AS ProjectId, m.role AS Role, {creator} AS CreatorId, {childId} AS ChildId
            FROM {from}
            LEFT JOIN project_members m ON m.project_id = {project} AND m.user_id = @UserId{childJoin}
            WHERE {where}
            """;
    }
}
