using DataPlatform.Domain.Projects;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using Mediator;

namespace DataPlatform.Features.Tracker.Team.AddTeamMember;

/// <summary>Team members are editors: a new member joins as one, a viewer becomes one, an editor or owner stays as they are.</summary>
public sealed class AddTeamMemberHandler(DatabaseSession session, Database database, CurrentUser currentUser, Clock clock) : ICommandHandler<AddTeamMemberRequest, TrackerProject>
{
    public async ValueTask<TrackerProject> Handle(AddTeamMemberRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        var members = await ProjectMembers.LockAsync(database, session, request.ProjectId, cancellationToken);
        var user = request.UserId is { } id
            ? await members.ByIdAsync(id, cancellationToken)
            : await members.ByEmailAsync(Emails.Normalize(request.Email!), cancellationToken);
        if (user.Role is null or ProjectRole.Viewer)
        {
            await members.SetRoleAsync(user, ProjectRole.Editor, currentUser.Id, clock.UtcNow(), cancellationToken);
        }

        var project = (await TrackerProjects.LoadAsync(connection, transaction, TrackerProjects.OneProjectId, new { request.ProjectId }, cancellationToken)).Single();
        return project;
    }
}
