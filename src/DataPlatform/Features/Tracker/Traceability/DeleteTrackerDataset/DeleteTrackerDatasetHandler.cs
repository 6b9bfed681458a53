using DataPlatform.Domain.Datasets;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.DeleteTrackerDataset;

public sealed class DeleteTrackerDatasetHandler(DatabaseSession session, Database database, CurrentUser currentUser, Clock clock, IArtifactStore artifacts) : ICommandHandler<DeleteTrackerDatasetRequest, TrackerMessage>
{
    public async ValueTask<TrackerMessage> Handle(DeleteTrackerDatasetRequest request, CancellationToken cancellationToken)
    {
        await DatasetStore.DeleteAsync(session, database, artifacts, request.DatasetId, currentUser.Id, clock.UtcNow(), cancellationToken);
        return new TrackerMessage("Dataset deleted successfully.");
    }
}
