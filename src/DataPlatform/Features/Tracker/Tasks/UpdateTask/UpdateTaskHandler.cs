using Dapper;
using DataPlatform.Domain.Timeline;
using DataPlatform.Domain.Traceability;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Text;
using Mediator;

namespace DataPlatform.Features.Tracker.Tasks.UpdateTask;

public sealed class UpdateTaskHandler(DatabaseSession session, CurrentUser currentUser, Clock clock) : ICommandHandler<UpdateTaskRequest, TrackerTaskSummary>
{
    public async ValueTask<TrackerTaskSummary> Handle(UpdateTaskRequest request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            UpdateTaskSql.Update,
            new { request.TaskId, request.ProjectId, Name = request.Name is null ? null : Names.Normalize(request.Name), request.Status, Now = now },
            transaction,
            cancellationToken: cancellationToken));
        if (updated == 0)
        {
            throw new NotFoundException($"Task {request.TaskId} not found in this project.");
        }

        var task = await connection.QuerySingleAsync<TaskRow>(new CommandDefinition(UpdateTaskSql.One, request, transaction, cancellationToken: cancellationToken));
        await ProjectTimeline.RecordAsync(session, new TimelineEntry(request.ProjectId, TimelineSubject.Task, TimelineAction.Updated, task.Name, currentUser.Id, now), cancellationToken);
        return new TrackerTaskSummary(task.Id, task.Name, task.Status);
    }
}
