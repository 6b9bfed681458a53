using Dapper;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using Mediator;

namespace DataPlatform.Infrastructure.Pipeline;

/// <summary>
/// Resolves the request's target in one query: the caller's user, the project (or the resource, and its
/// project), the child it names, the caller's role and the creator. 401 when the user no longer exists
/// (this query is the check <see cref="CallerBehavior{TMessage, TResponse}"/> leaves to it); 404 when
/// the project or the resource does not exist; 403 when the caller is not a member or the role is too low; 404 when the child is not in the
/// project; 403 when the request needs a higher role and the caller is not the creator the request lets
/// act (<see cref="ICreatorMayAct"/>). Then publishes the project as the request's <see cref="ProjectAccess"/>.
/// </summary>
public sealed class ProjectAccessBehavior<TMessage, TResponse>(DatabaseSession session, CurrentUser currentUser, ProjectAccess access)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IProjectScoped
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var target = message.Target;
        var connection = await session.ConnectionAsync(cancellationToken);
        if (target.Kind == ProjectTargetKind.CallerProjects)
        {
            await CallerCheck.RequireAsync(connection, currentUser.Id, cancellationToken);
            return await next(message, cancellationToken);
        }

        var row = await connection.QuerySingleOrDefaultAsync<AccessFacts>(new CommandDefinition(
            ProjectAccessSql.For(target),
            new { target.Id, UserId = currentUser.Id, target.Namespace, target.Slug, target.ChildId, target.ChildName },
            cancellationToken: cancellationToken))
            ?? throw new UnauthorizedException(CallerCheck.UserGone);
        if (row.ProjectId is not { } projectId)
        {
            throw new NotFoundException(target.Kind == ProjectTargetKind.ProjectSlug
                ? $"Project {target.Namespace}/{target.Slug} not found."
                : $"{Describe(target.Kind)} {target.Id} not found.");
        }

        var role = ProjectRoles.Parse(row.Role) ?? throw new ForbiddenException("You are not a member of this project.");
        var creatorMayAct = message as ICreatorMayAct;
        var least = creatorMayAct is null || TMessage.RequiredRole < ProjectRole.Editor ? TMessage.RequiredRole : ProjectRole.Editor;
        if (role < least)
        {
            throw new ForbiddenException($"This requires the {least.ToWire()} role in the project; you are {role.ToWire()}.");
        }

        if (target.Child != ProjectChildKind.None && row.ChildId is null)
        {
            throw new NotFoundException(target.ChildName is { } name
                ? $"No {Describe(target.Child).ToLowerInvariant()} named '{name}' in this project."
                : $"{Describe(target.Child)} {target.ChildId} not found in this project.");
        }

        if (role < TMessage.RequiredRole && row.CreatorId != currentUser.Id)
        {
            throw new ForbiddenException($"Only the user who created this {creatorMayAct!.CreatedThing} or the project manager (an owner) can delete it.");
        }

        access.Resolve(projectId, row.ChildId);
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

    private static string Describe(ProjectChildKind kind) => kind switch
    {
        ProjectChildKind.Dataset => "Dataset",
        ProjectChildKind.Experiment => "Experiment",
        ProjectChildKind.Decision => "Decision",
        ProjectChildKind.Task => "Task",
        _ => kind.ToString(),
    };

    /// <summary>One row of <see cref="ProjectAccessSql"/>; properties, not a constructor, so that the columns that are NULL literals map.</summary>
    private sealed class AccessFacts
    {
        public Guid? ProjectId { get; init; }

        public string? Role { get; init; }

        public Guid? CreatorId { get; init; }

        public Guid? ChildId { get; init; }
    }
}
