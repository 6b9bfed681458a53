using Dapper;
using DataPlatform.Domain.Timeline;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.DeleteTrackerDecision;

/// <summary>Deletes a decision entry (by its creator or an owner, as the request declares), as a timeline event.</summary>
public sealed class DeleteTrackerDecisionHandler(DatabaseSession session, CurrentUser currentUser, Clock clock) : ICommandHandler<DeleteTrackerDecisionRequest, TrackerMessage>
{
    public async ValueTask<TrackerMessage> Handle(DeleteTrackerDecisionRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        var title = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            DeleteTrackerDecisionSql.Title, request, transaction, cancellationToken: cancellationToken))
            ?? throw new NotFoundException($"No decision {request.DecisionId} in this project.");
        await connection.ExecuteAsync(new CommandDefinition(DeleteTrackerDecisionSql.Delete, request, transaction, cancellationToken: cancellationToken));
        await ProjectTimeline.RecordAsync(session, new TimelineEntry(request.ProjectId, TimelineSubject.Decision, TimelineAction.Deleted, title, currentUser.Id, clock.UtcNow()), cancellationToken);
        return new TrackerMessage("Decision deleted successfully.");
    }
}
