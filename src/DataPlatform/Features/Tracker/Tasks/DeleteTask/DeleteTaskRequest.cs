using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Tracker.Tasks.DeleteTask;

public sealed record DeleteTaskRequest(Guid ProjectId, Guid TaskId) : ICommand<TrackerMessage>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Project(ProjectId).With(ProjectChildKind.Task, TaskId);
}
