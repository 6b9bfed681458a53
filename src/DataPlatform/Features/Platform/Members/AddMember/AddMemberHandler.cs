using Dapper;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using DataPlatform.Infrastructure.Timeline;
using Mediator;

namespace DataPlatform.Features.Platform.Members.AddMember;

public sealed class AddMemberHandler(Database database, CurrentUser currentUser, Clock clock, ILogger<AddMemberHandler> logger)
    : ICommandHandler<AddMemberRequest, AddMemberResponse>
{
    public async ValueTask<AddMemberResponse> Handle(AddMemberRequest request, CancellationToken cancellationToken)
    {
        var role = ProjectRoles.Parse(request.Role) ?? ProjectRole.Viewer;
        var email = Emails.Normalize(request.Email!);
        var now = clock.UtcNow();

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await database.LockAsync(connection, transaction, $"members:{request.ProjectId}", cancellationToken);
        var userId = await connection.ExecuteScalarAsync<Guid?>(new CommandDefinition(
            AddMemberSql.FindUser, new { Email = email }, transaction, cancellationToken: cancellationToken))
            ?? throw new NotFoundException($"No registered user has the email '{email}'.");
        var parameters = new { request.ProjectId, UserId = userId, Role = role.ToWire(), Now = now };
        var current = ProjectRoles.Parse(await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            AddMemberSql.CurrentRole, parameters, transaction, cancellationToken: cancellationToken)));

        string? action = null;
        if (current is null)
        {
            await connection.ExecuteAsync(new CommandDefinition(AddMemberSql.Insert, parameters, transaction, cancellationToken: cancellationToken));
            action = "added";
        }
        else if (current != role)
        {
            if (current == ProjectRole.Owner
                && await connection.ExecuteScalarAsync<long>(new CommandDefinition(MemberItemSql.CountOwners, parameters, transaction, cancellationToken: cancellationToken)) <= 1)
            {
                throw new ConflictException("The last owner of a project cannot be demoted; make another member owner first.");
            }

            await connection.ExecuteAsync(new CommandDefinition(AddMemberSql.UpdateRole, parameters, transaction, cancellationToken: cancellationToken));
            action = "role_changed";
        }

        if (action is not null)
        {
            await ProjectTimeline.RecordAsync(
                connection,
                transaction,
                new TimelineEntry(request.ProjectId, "member", action, email, currentUser.Id, now, new TimelineDetails(userId, email, role.ToWire())),
                cancellationToken);
        }

        var member = await connection.QuerySingleAsync<MemberItem>(new CommandDefinition(
            MemberItemSql.One, parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);

        if (action is not null)
        {
            logger.LogInformation("Project {ProjectId}: member {UserId} {Action} as {Role}", request.ProjectId, userId, action, role.ToWire());
        }

        return new AddMemberResponse(member);
    }
}
