using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.DeleteTrackerExperiment;

public sealed class DeleteTrackerExperimentHandler(Database database, CurrentUser currentUser, Clock clock) : ICommandHandler<DeleteTrackerExperimentRequest, TrackerMessage>
{
    public async ValueTask<TrackerMessage> Handle(DeleteTrackerExperimentRequest request, CancellationToken cancellationToken)
    {
        await TrackerEntries.DeleteAsync(database, TrackerEntryKind.Experiment, request.ProjectId, request.ExperimentId, currentUser.Id, clock.UtcNow(), cancellationToken);
        return new TrackerMessage("Experiment deleted successfully.");
    }
}
