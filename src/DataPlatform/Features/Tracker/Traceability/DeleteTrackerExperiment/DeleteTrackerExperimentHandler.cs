using DataPlatform.Domain.Records;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.DeleteTrackerExperiment;

/// <summary>The experiment goes with its models and deployments, as on /api/experiments.</summary>
public sealed class DeleteTrackerExperimentHandler(DatabaseSession session, Database database, IArtifactStore artifacts, CurrentUser currentUser, Clock clock) : ICommandHandler<DeleteTrackerExperimentRequest, TrackerMessage>
{
    public async ValueTask<TrackerMessage> Handle(DeleteTrackerExperimentRequest request, CancellationToken cancellationToken)
    {
        await RecordStore.DeleteExperimentAsync(session, database, artifacts, request.ExperimentId, currentUser.Id, clock.UtcNow(), cancellationToken);
        return new TrackerMessage("Experiment deleted successfully.");
    }
}
