using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Projects;
using Mediator;

namespace DataPlatform.Features.Platform.Members.RemoveMember;

public sealed class RemoveMemberHandler(DatabaseSession session, Database database, CurrentUser currentUser, Clock clock, ILogger<RemoveMemberHandler> logger)
    : ICommandHandler<RemoveMemberRequest, RemoveMemberResponse>
{
    public async ValueTask<RemoveMemberResponse> Handle(RemoveMemberRequest request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var members = await ProjectMembers.LockAsync(database, connection, transaction, request.ProjectId, cancellationToken);
        await members.RemoveAsync(request.UserId, currentUser.Id, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation("Project {ProjectId}: member {UserId} removed", request.ProjectId, request.UserId);
        return new RemoveMemberResponse(true);
    }
}
