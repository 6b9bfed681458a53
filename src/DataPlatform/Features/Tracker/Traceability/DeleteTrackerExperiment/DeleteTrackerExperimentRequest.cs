using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.DeleteTrackerExperiment;

public sealed record DeleteTrackerExperimentRequest(Guid ProjectId, Guid ExperimentId) : ICommand<TrackerMessage>, ICreatorMayAct
{
    public static ProjectRole RequiredRole => ProjectRole.Owner;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Project(ProjectId).With(ProjectChildKind.Experiment, ExperimentId);

    string ICreatorMayAct.CreatedThing => "experiment";
}
