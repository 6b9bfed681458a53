using DataPlatform.Infrastructure.Data;
using Dapper;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Errors;
using Mediator;

namespace DataPlatform.Infrastructure.Pipeline;

/// <summary>
/// Loads the caller's role in the request's project once: 404 when the project (or the resource) does
/// not exist, 403 when the caller is not a member or the role is too low.
/// </summary>
public sealed class ProjectAccessBehavior<TMessage, TResponse>(Database database, CurrentUser currentUser)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IProjectScoped
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message.Target is not { } target)
        {
            return await next(message, cancellationToken);
        }

        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            var row = await connection.QuerySingleOrDefaultAsync<MembershipRow>(new CommandDefinition(
                ProjectAccessSql.For(target.Kind),
                new { target.Id, UserId = currentUser.Id, target.Namespace, target.Slug },
                cancellationToken: cancellationToken));
            if (row is null)
            {
                throw new NotFoundException(target.Kind == ProjectTargetKind.ProjectSlug
                    ? $"Project {target.Namespace}/{target.Slug} not found."
                    : $"{Describe(target.Kind)} {target.Id} not found.");
            }

            var role = ProjectRoles.Parse(row.Role) ?? throw new ForbiddenException("You are not a member of this project.");
            if (role < TMessage.RequiredRole)
            {
                throw new ForbiddenException($"This requires the {TMessage.RequiredRole.ToWire()} role in the project; you are {role.ToWire()}.");
            }
        }

        return await next(message, cancellationToken);
    }

    private static string Describe(ProjectTargetKind kind) => kind switch
    {
        ProjectTargetKind.Project => "Project",
        ProjectTargetKind.Dataset => "Dataset",
        ProjectTargetKind.DatasetVersion => "Dataset version",
        ProjectTargetKind.Experiment => "Experiment",
        ProjectTargetKind.Model => "Model",
        ProjectTargetKind.Deployment => "Deployment",
        _ => kind.ToString(),
    };

    private sealed record MembershipRow(string? Role);
}

/// <summary>For each kind of target: the query that finds its project and the caller's role in it.</summary>
internal static class ProjectAccessSql
{
    private const string Project =
        """
        SELECT m.role AS Role
        FROM projects p
        LEFT JOIN project_members m ON m.project_id = p.id AND m.user_id = @UserId
        WHERE p.id = @Id
        """;

    private const string Dataset =
        """
        SELECT m.role AS Role
        FROM datasets d
        LEFT JOIN project_members m ON m.project_id = d.project_id AND m.user_id = @UserId
        WHERE d.id = @Id AND d.deleted_at IS NULL
        """;

    private const string DatasetVersion =
        """
        SELECT m.role AS Role
        FROM dataset_versions v
        JOIN datasets d ON d.id = v.dataset_id AND d.deleted_at IS NULL
        LEFT JOIN project_members m ON m.project_id = d.project_id AND m.user_id = @UserId
        WHERE v.id = @Id
        """;

    private const string ProjectSlug =
        """
        SELECT m.role AS Role
        FROM projects p
        LEFT JOIN project_members m ON m.project_id = p.id AND m.user_id = @UserId
        WHERE p.namespace = @Namespace AND p.slug = @Slug
        """;

    private static string InTable(string table) =>
        $"SELECT m.role AS Role FROM {table} t LEFT JOIN project_members m ON m.project_id = t.project_id AND m.user_id = @UserId WHERE t.id = @Id";

    public static string For(ProjectTargetKind kind) => kind switch
    {
        ProjectTargetKind.Experiment => InTable("experiments"),
        ProjectTargetKind.Model => InTable("models"),
        ProjectTargetKind.Deployment => InTable("deployments"),
        ProjectTargetKind.Project => Project,
        ProjectTargetKind.ProjectSlug => ProjectSlug,
        ProjectTargetKind.Dataset => Dataset,
        ProjectTargetKind.DatasetVersion => DatasetVersion,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No access query for this kind of target."),
    };
}
