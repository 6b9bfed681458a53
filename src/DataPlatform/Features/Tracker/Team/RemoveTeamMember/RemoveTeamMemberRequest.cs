using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Tracker.Team.RemoveTeamMember;

public sealed record RemoveTeamMemberRequest(Guid ProjectId, Guid UserId) : ICommand<TrackerProject>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Owner;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Project(ProjectId);
}
