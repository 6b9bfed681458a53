using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Members.RemoveMember;

public sealed record RemoveMemberRequest(Guid ProjectId, Guid UserId) : ICommand<RemoveMemberResponse>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Owner;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Project(ProjectId);
}
