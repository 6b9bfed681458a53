using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.DeleteTrackerDataset;

public sealed record DeleteTrackerDatasetRequest(Guid ProjectId, Guid DatasetId) : ICommand<TrackerMessage>, ICreatorMayAct
{
    public static ProjectRole RequiredRole => ProjectRole.Owner;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Project(ProjectId).With(ProjectChildKind.Dataset, DatasetId);

    string ICreatorMayAct.CreatedThing => "dataset";
}
