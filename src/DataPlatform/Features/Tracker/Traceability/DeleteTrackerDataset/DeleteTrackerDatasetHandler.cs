using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Datasets;
using DataPlatform.Infrastructure.Errors;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.DeleteTrackerDataset;

public sealed class DeleteTrackerDatasetHandler(Database database, CurrentUser currentUser, Clock clock, IArtifactStore artifacts) : ICommandHandler<DeleteTrackerDatasetRequest, TrackerMessage>
{
    public async ValueTask<TrackerMessage> Handle(DeleteTrackerDatasetRequest request, CancellationToken cancellationToken)
    {
        var project = await TrackerEntries.ProjectOfDatasetAsync(database, request.DatasetId, cancellationToken);
        if (project != request.ProjectId)
        {
            throw new NotFoundException($"Dataset {request.DatasetId} not found in this project.");
        }

        await DatasetStore.DeleteAsync(database, artifacts, request.DatasetId, currentUser.Id, clock.UtcNow(), cancellationToken);
        return new TrackerMessage("Dataset deleted successfully.");
    }
}
