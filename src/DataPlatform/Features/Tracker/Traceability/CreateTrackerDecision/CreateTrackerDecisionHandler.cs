using Dapper;
using DataPlatform.Domain.Timeline;
using DataPlatform.Domain.Traceability;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Text;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.CreateTrackerDecision;

public sealed class CreateTrackerDecisionHandler(DatabaseSession session, CurrentUser currentUser, Clock clock) : ICommandHandler<CreateTrackerDecisionRequest, TrackerDecision>
{
    public async ValueTask<TrackerDecision> Handle(CreateTrackerDecisionRequest request, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var now = clock.UtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        var title = Names.Normalize(request.Title!);
        await DecisionWriter.InsertAsync(
            session,
            new NewDecision(id, request.ProjectId, title, request.Description!, request.Rationale!, request.Phase!, request.DecisionDate!.Value, currentUser.Id, now),
            cancellationToken);
        await ProjectTimeline.RecordAsync(session, new TimelineEntry(request.ProjectId, TimelineSubject.Decision, TimelineAction.Logged, title, currentUser.Id, now), cancellationToken);
        var entry = (await TrackerDecisionRows.ReadAsync(connection, new CommandDefinition(TrackerDecisionRows.ById, new { Id = id }, transaction, cancellationToken: cancellationToken))).Single();
        return entry;
    }
}
