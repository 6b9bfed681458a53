using DataPlatform.Domain.Timeline;
using DataPlatform.Domain.Traceability;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Text;
using Mediator;

namespace DataPlatform.Features.Tracker.Tasks.CreateTask;

public sealed class CreateTaskHandler(DatabaseSession session, CurrentUser currentUser, Clock clock) : ICommandHandler<CreateTaskRequest, TrackerTaskSummary>
{
    public async ValueTask<TrackerTaskSummary> Handle(CreateTaskRequest request, CancellationToken cancellationToken)
    {
        var task = new TrackerTaskSummary(Guid.CreateVersion7(), Names.Normalize(request.Name!), request.Status ?? "todo");
        var now = clock.UtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        await TaskWriter.InsertAsync(session, new NewTask(task.Id, request.ProjectId, task.Name, task.Status, currentUser.Id, now, now), cancellationToken);
        await ProjectTimeline.RecordAsync(session, new TimelineEntry(request.ProjectId, TimelineSubject.Task, TimelineAction.Created, task.Name, currentUser.Id, now), cancellationToken);
        return task;
    }
}
