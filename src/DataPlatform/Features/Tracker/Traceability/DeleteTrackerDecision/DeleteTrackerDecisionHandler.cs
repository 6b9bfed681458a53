using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.DeleteTrackerDecision;

public sealed class DeleteTrackerDecisionHandler(Database database, CurrentUser currentUser, Clock clock) : ICommandHandler<DeleteTrackerDecisionRequest, TrackerMessage>
{
    public async ValueTask<TrackerMessage> Handle(DeleteTrackerDecisionRequest request, CancellationToken cancellationToken)
    {
        await TrackerEntries.DeleteDecisionAsync(database, request.ProjectId, request.DecisionId, currentUser.Id, clock.UtcNow(), cancellationToken);
        return new TrackerMessage("Decision deleted successfully.");
    }
}
