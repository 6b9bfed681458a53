using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.DeleteTrackerDataset;

public sealed record DeleteTrackerDatasetRequest(Guid ProjectId, Guid DatasetId) : ICommand<TrackerMessage>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget? IProjectScoped.Target => ProjectTarget.Project(ProjectId);
}
