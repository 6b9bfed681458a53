using System.Data.Common;
using Dapper;
using DataPlatform.Domain.Timeline;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Pipeline;

namespace DataPlatform.Domain.Projects;

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

    /// <summary>The registered user with this (normalised) email and their role here, or 404.</summary>
    public async Task<MemberCandidate> ByEmailAsync(string email, CancellationToken cancellationToken) =>
        await connection.QuerySingleOrDefaultAsync<MemberCandidate>(new CommandDefinition(
            ProjectMembersSql.Candidate + " u.email = @Email", new { ProjectId = projectId, Email = email }, transaction, cancellationToken: cancellationToken))
        ?? throw new NotFoundException($"No registered user has the email '{email}'.");

    /// <summary>The registered user with this id and their role here, or 404.</summary>
    public async Task<MemberCandidate> ByIdAsync(Guid userId, CancellationToken cancellationToken) =>
        await connection.QuerySingleOrDefaultAsync<MemberCandidate>(new CommandDefinition(
            ProjectMembersSql.Candidate + " u.id = @UserId", new { ProjectId = projectId, UserId = userId }, transaction, cancellationToken: cancellationToken))
        ?? throw new NotFoundException($"No registered user has the id {userId}.");

    /// <summary>
    /// Makes <paramref name="user"/> a member with <paramref name="role"/>: adds them, or changes their role (409 when
    /// that would demote the last owner). Returns the timeline action, or null when nothing changed.
    /// </summary>
    public async Task<TimelineAction?> SetRoleAsync(MemberCandidate user, ProjectRole role, Guid actorId, DateTime now, CancellationToken cancellationToken)
    {
        var parameters = new { ProjectId = projectId, user.UserId, Role = role.ToWire(), Now = now };
        TimelineAction action;
        if (user.Role is null)
        {
            await InsertAsync(session, projectId, user.UserId, role, now, cancellationToken);
            action = TimelineAction.Added;
        }
        else if (user.Role != role)
        {
            RefuseLastOwner(user, "The last owner of a project cannot be demoted; make another member owner first.");
            await connection.ExecuteAsync(new CommandDefinition(ProjectMembersSql.UpdateRole, parameters, transaction, cancellationToken: cancellationToken));
            action = TimelineAction.RoleChanged;
        }
        else
        {
            return null;
        }

        await ProjectTimeline.RecordAsync(
            session, new TimelineEntry(projectId, TimelineSubject.Member, action, user.Email, actorId, now, new TimelineDetails(user.UserId, user.Email, role.ToWire())), cancellationToken);
        return action;
    }

    /// <summary>
    /// The one insert of a membership row: a new member (<see cref="SetRoleAsync"/>), a project's first
    /// owner (<see cref="ProjectStore.CreateAsync"/>), an imported project's members.
    /// </summary>
    public static async Task InsertAsync(DatabaseSession session, Guid projectId, Guid userId, ProjectRole role, DateTime now, CancellationToken cancellationToken)
    {
        var transaction = await session.TransactionAsync(cancellationToken);
        await transaction.Connection!.ExecuteAsync(new CommandDefinition(
            ProjectMembersSql.Insert, new { ProjectId = projectId, UserId = userId, Role = role.ToWire(), Now = now }, transaction, cancellationToken: cancellationToken));
    }

    /// <summary>Removes a member (404 when not one, 409 for the last owner).</summary>
    public async Task RemoveAsync(Guid userId, Guid actorId, DateTime now, CancellationToken cancellationToken)
    {
        var notMember = new NotFoundException($"User {userId} is not a member of this project.");
        var user = await connection.QuerySingleOrDefaultAsync<MemberCandidate>(new CommandDefinition(
            ProjectMembersSql.Candidate + " u.id = @UserId", new { ProjectId = projectId, UserId = userId }, transaction, cancellationToken: cancellationToken))
            ?? throw notMember;
        var role = user.Role ?? throw notMember;
        RefuseLastOwner(user, "The last owner of a project cannot be removed; make another member owner first, or delete the project.");
        await connection.ExecuteAsync(new CommandDefinition(
            ProjectMembersSql.Delete, new { ProjectId = projectId, UserId = userId }, transaction, cancellationToken: cancellationToken));
        await ProjectTimeline.RecordAsync(
            session, new TimelineEntry(projectId, TimelineSubject.Member, TimelineAction.Removed, user.Email, actorId, now, new TimelineDetails(userId, user.Email, role.ToWire())), cancellationToken);
    }

    /// <summary>409 when <paramref name="user"/> is the project's only owner.</summary>
    private static void RefuseLastOwner(MemberCandidate user, string message)
    {
        if (user.Role == ProjectRole.Owner && user.Owners <= 1)
        {
            throw new ConflictException(message);
        }
    }
}
