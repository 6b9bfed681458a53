using Dapper;
using DataPlatform.Domain.Timeline;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using Mediator;

namespace DataPlatform.Features.Tracker.Tasks.DeleteTask;

public sealed class DeleteTaskHandler(DatabaseSession session, CurrentUser currentUser, Clock clock) : ICommandHandler<DeleteTaskRequest, TrackerMessage>
{
    public async ValueTask<TrackerMessage> Handle(DeleteTaskRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        var name = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(DeleteTaskSql.Name, request, transaction, cancellationToken: cancellationToken))
            ?? throw new NotFoundException($"Task {request.TaskId} not found in this project.");
        await connection.ExecuteAsync(new CommandDefinition(DeleteTaskSql.Delete, request, transaction, cancellationToken: cancellationToken));
        await ProjectTimeline.RecordAsync(session, new TimelineEntry(request.ProjectId, TimelineSubject.Task, TimelineAction.Deleted, name, currentUser.Id, clock.UtcNow()), cancellationToken);
        return new TrackerMessage("Task deleted successfully.");
    }
}
