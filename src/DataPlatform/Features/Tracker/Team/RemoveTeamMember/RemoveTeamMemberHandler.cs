using DataPlatform.Domain.Projects;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Tracker.Team.RemoveTeamMember;

public sealed class RemoveTeamMemberHandler(DatabaseSession session, Database database, CurrentUser currentUser, Clock clock) : ICommandHandler<RemoveTeamMemberRequest, TrackerProject>
{
    public async ValueTask<TrackerProject> Handle(RemoveTeamMemberRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        var members = await ProjectMembers.LockAsync(database, session, request.ProjectId, cancellationToken);
        await members.RemoveAsync(request.UserId, currentUser.Id, clock.UtcNow(), cancellationToken);
        var project = (await TrackerProjects.LoadAsync(connection, transaction, TrackerProjects.OneProjectId, request, cancellationToken)).Single();
        return project;
    }
}
