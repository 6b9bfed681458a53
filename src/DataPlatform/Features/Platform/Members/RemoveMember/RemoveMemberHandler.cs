using Dapper;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Timeline;
using Mediator;

namespace DataPlatform.Features.Platform.Members.RemoveMember;

public sealed class RemoveMemberHandler(Database database, CurrentUser currentUser, Clock clock, ILogger<RemoveMemberHandler> logger)
    : ICommandHandler<RemoveMemberRequest, RemoveMemberResponse>
{
    public async ValueTask<RemoveMemberResponse> Handle(RemoveMemberRequest request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await database.LockAsync(connection, transaction, $"members:{request.ProjectId}", cancellationToken);
        var member = await connection.QuerySingleOrDefaultAsync<MemberItem>(new CommandDefinition(
            MemberItemSql.One, request, transaction, cancellationToken: cancellationToken))
            ?? throw new NotFoundException($"User {request.UserId} is not a member of this project.");
        if (member.Role == ProjectRole.Owner
            && await connection.ExecuteScalarAsync<long>(new CommandDefinition(MemberItemSql.CountOwners, request, transaction, cancellationToken: cancellationToken)) <= 1)
        {
            throw new ConflictException("The last owner of a project cannot be removed; make another member owner first, or delete the project.");
        }

        await connection.ExecuteAsync(new CommandDefinition(RemoveMemberSql.Delete, request, transaction, cancellationToken: cancellationToken));
        await ProjectTimeline.RecordAsync(
            connection,
            transaction,
            new TimelineEntry(request.ProjectId, "member", "removed", member.Email, currentUser.Id, now, new TimelineDetails(member.UserId, member.Email, member.Role.ToWire())),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation("Project {ProjectId}: member {UserId} removed", request.ProjectId, request.UserId);
        return new RemoveMemberResponse(true);
    }
}
