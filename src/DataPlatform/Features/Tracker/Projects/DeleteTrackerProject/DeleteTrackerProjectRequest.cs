using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Tracker.Projects.DeleteTrackerProject;

public sealed record DeleteTrackerProjectRequest(Guid ProjectId) : ICommand<TrackerMessage>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Owner;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Project(ProjectId);
}
