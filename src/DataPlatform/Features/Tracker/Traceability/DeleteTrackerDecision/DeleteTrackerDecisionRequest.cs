using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.DeleteTrackerDecision;

public sealed record DeleteTrackerDecisionRequest(Guid ProjectId, Guid DecisionId) : ICommand<TrackerMessage>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget? IProjectScoped.Target => ProjectTarget.Project(ProjectId);
}
