using DataPlatform.Domain.Datasets;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.DeleteDataset;

public sealed class DeleteDatasetHandler(DatabaseSession session, Database database, IArtifactStore artifacts, CurrentUser currentUser, Clock clock, ILogger<DeleteDatasetHandler> logger)
    : ICommandHandler<DeleteDatasetRequest, DeleteDatasetResponse>
{
    public async ValueTask<DeleteDatasetResponse> Handle(DeleteDatasetRequest request, CancellationToken cancellationToken)
    {
        var files = await DatasetStore.DeleteAsync(session, database, artifacts, request.DatasetId, currentUser.Id, clock.UtcNow(), cancellationToken);
        logger.LogInformation("User {UserId} deleted dataset {DatasetId} and {Files} file(s)", currentUser.Id, request.DatasetId, files);
        return new DeleteDatasetResponse(true);
    }
}
