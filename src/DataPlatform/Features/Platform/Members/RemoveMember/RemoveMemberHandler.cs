using DataPlatform.Domain.Projects;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Platform.Members.RemoveMember;

public sealed class RemoveMemberHandler(DatabaseSession session, Database database, CurrentUser currentUser, Clock clock, ILogger<RemoveMemberHandler> logger)
    : ICommandHandler<RemoveMemberRequest, RemoveMemberResponse>
{
    public async ValueTask<RemoveMemberResponse> Handle(RemoveMemberRequest request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        var members = await ProjectMembers.LockAsync(database, session, request.ProjectId, cancellationToken);
        await members.RemoveAsync(request.UserId, currentUser.Id, now, cancellationToken);
        logger.LogInformation("Project {ProjectId}: member {UserId} removed", request.ProjectId, request.UserId);
        return new RemoveMemberResponse(true);
    }
}
