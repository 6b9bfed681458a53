using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.DeleteTrackerExperiment;

public sealed record DeleteTrackerExperimentRequest(Guid ProjectId, Guid ExperimentId) : ICommand<TrackerMessage>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget? IProjectScoped.Target => ProjectTarget.Project(ProjectId);
}
