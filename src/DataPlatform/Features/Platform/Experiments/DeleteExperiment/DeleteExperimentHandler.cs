using DataPlatform.Domain.Records;
using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Platform.Experiments.DeleteExperiment;

/// <summary>Its models and their deployments go with it, and model files no one else uses.</summary>
public sealed class DeleteExperimentHandler(DatabaseSession session, Database database, IArtifactStore artifacts, CurrentUser currentUser, Clock clock) : ICommandHandler<DeleteExperimentRequest, RecordDeleted>
{
    public async ValueTask<RecordDeleted> Handle(DeleteExperimentRequest request, CancellationToken cancellationToken)
    {
        await RecordStore.DeleteExperimentAsync(session, database, artifacts, request.ExperimentId, currentUser.Id, clock.UtcNow(), cancellationToken);
        return new RecordDeleted(true);
    }
}
