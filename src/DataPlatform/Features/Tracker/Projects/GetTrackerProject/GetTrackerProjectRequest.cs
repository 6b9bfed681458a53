using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Tracker.Projects.GetTrackerProject;

public sealed record GetTrackerProjectRequest(Guid ProjectId) : IQuery<TrackerProject>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Viewer;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Project(ProjectId);
}
