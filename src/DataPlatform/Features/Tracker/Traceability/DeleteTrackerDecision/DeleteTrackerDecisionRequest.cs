using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.DeleteTrackerDecision;

public sealed record DeleteTrackerDecisionRequest(Guid ProjectId, Guid DecisionId) : ICommand<TrackerMessage>, ICreatorMayAct
{
    public static ProjectRole RequiredRole => ProjectRole.Owner;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Project(ProjectId).With(ProjectChildKind.Decision, DecisionId);

    string ICreatorMayAct.CreatedThing => "decision";
}
