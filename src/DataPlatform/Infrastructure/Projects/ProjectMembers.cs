using System.Data.Common;
using Dapper;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Timeline;

namespace DataPlatform.Infrastructure.Projects;

/// <summary>
/// Membership rules shared by every surface (Platform members, Tracker team): changes to one
/// project's members are made one writer at a time, the last owner can be neither removed nor
/// demoted (409), and every change is a timeline event.
/// </summary>
public sealed class ProjectMembers
{
    private readonly DatabaseSession session;
    private readonly DbConnection connection;
    private readonly DbTransaction transaction;
    private readonly Guid projectId;

    private ProjectMembers(DatabaseSession session, DbTransaction transaction, Guid projectId)
    {
        this.session = session;
        connection = transaction.Connection!;
        this.transaction = transaction;
        this.projectId = projectId;
    }

    /// <summary>Takes the project's membership lock in the transaction; do this before reading roles.</summary>
    public static async Task<ProjectMembers> LockAsync(Database database, DatabaseSession session, Guid projectId, CancellationToken cancellationToken)
    {
        var transaction = await session.TransactionAsync(cancellationToken);
        await database.LockAsync(transaction.Connection!, transaction, $"members:{projectId}", cancellationToken);
        return new ProjectMembers(session, transaction, projectId);
    }

    /// <summary>The user with this (normalised) email, or 404.</summary>
    public async Task<Guid> UserByEmailAsync(string email, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<Guid?>(new CommandDefinition(
            ProjectMembersSql.UserByEmail, new { Email = email }, transaction, cancellationToken: cancellationToken))
        ?? throw new NotFoundException($"No registered user has the email '{email}'.");

    /// <summary>The registered user with this id and their email, or 404.</summary>
    public async Task<string> EmailOfAsync(Guid userId, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            ProjectMembersSql.EmailOf, new { UserId = userId }, transaction, cancellationToken: cancellationToken))
        ?? throw new NotFoundException($"No registered user has the id {userId}.");

    /// <summary>The member's role, or null when the user is not a member.</summary>
    public async Task<ProjectRole?> RoleOfAsync(Guid userId, CancellationToken cancellationToken) =>
        ProjectRoles.Parse(await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            ProjectMembersSql.RoleOf, new { ProjectId = projectId, UserId = userId }, transaction, cancellationToken: cancellationToken)));

    /// <summary>
    /// Makes the user a member with <paramref name="role"/>: adds them, or changes their role (409 when
    /// that would demote the last owner). Returns the timeline action, or null when nothing changed.
    /// </summary>
    public async Task<TimelineAction?> SetRoleAsync(Guid userId, string email, ProjectRole role, Guid actorId, DateTime now, CancellationToken cancellationToken)
    {
        var parameters = new { ProjectId = projectId, UserId = userId, Role = role.ToWire(), Now = now };
        var current = await RoleOfAsync(userId, cancellationToken);
        TimelineAction action;
        if (current is null)
        {
            await connection.ExecuteAsync(new CommandDefinition(ProjectMembersSql.Insert, parameters, transaction, cancellationToken: cancellationToken));
            action = TimelineAction.Added;
        }
        else if (current != role)
        {
            if (current == ProjectRole.Owner)
            {
                await RefuseLastOwnerAsync("The last owner of a project cannot be demoted; make another member owner first.", cancellationToken);
            }

            await connection.ExecuteAsync(new CommandDefinition(ProjectMembersSql.UpdateRole, parameters, transaction, cancellationToken: cancellationToken));
            action = TimelineAction.RoleChanged;
        }
        else
        {
            return null;
        }

        await ProjectTimeline.RecordAsync(session, new TimelineEntry(projectId, TimelineSubject.Member, action, email, actorId, now, new TimelineDetails(userId, email, role.ToWire())), cancellationToken);
        return action;
    }

    /// <summary>Removes a member (404 when not one, 409 for the last owner).</summary>
    public async Task RemoveAsync(Guid userId, Guid actorId, DateTime now, CancellationToken cancellationToken)
    {
        var role = await RoleOfAsync(userId, cancellationToken) ?? throw new NotFoundException($"User {userId} is not a member of this project.");
        if (role == ProjectRole.Owner)
        {
            await RefuseLastOwnerAsync("The last owner of a project cannot be removed; make another member owner first, or delete the project.", cancellationToken);
        }

        var email = await EmailOfAsync(userId, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            ProjectMembersSql.Delete, new { ProjectId = projectId, UserId = userId }, transaction, cancellationToken: cancellationToken));
        await ProjectTimeline.RecordAsync(session, new TimelineEntry(projectId, TimelineSubject.Member, TimelineAction.Removed, email, actorId, now, new TimelineDetails(userId, email, role.ToWire())), cancellationToken);
    }

    private async Task RefuseLastOwnerAsync(string message, CancellationToken cancellationToken)
    {
        if (await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            ProjectMembersSql.CountOwners, new { ProjectId = projectId }, transaction, cancellationToken: cancellationToken)) <= 1)
        {
            throw new ConflictException(message);
        }
    }
}

internal static class ProjectMembersSql
{
    public const string UserByEmail = "SELECT id FROM users WHERE email = @Email";

    public const string EmailOf = "SELECT email FROM users WHERE id = @UserId";

    public const string RoleOf = "SELECT role FROM project_members WHERE project_id = @ProjectId AND user_id = @UserId";

    public const string Insert = "INSERT INTO project_members (project_id, user_id, role, created_at) VALUES (@ProjectId, @UserId, @Role, @Now)";

    public const string UpdateRole = "UPDATE project_members SET role = @Role WHERE project_id = @ProjectId AND user_id = @UserId";

    public const string Delete = "DELETE FROM project_members WHERE project_id = @ProjectId AND user_id = @UserId";

    public const string CountOwners = "SELECT COUNT(*) FROM project_members WHERE project_id = @ProjectId AND role = 'owner'";
}
