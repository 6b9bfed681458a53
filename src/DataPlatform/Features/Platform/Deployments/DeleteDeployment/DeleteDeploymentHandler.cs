using DataPlatform.Domain.Records;
using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Platform.Deployments.DeleteDeployment;

/// <summary>The model stays.</summary>
public sealed class DeleteDeploymentHandler(DatabaseSession session, Database database, IArtifactStore artifacts, CurrentUser currentUser, Clock clock) : ICommandHandler<DeleteDeploymentRequest, RecordDeleted>
{
    public async ValueTask<RecordDeleted> Handle(DeleteDeploymentRequest request, CancellationToken cancellationToken)
    {
        await RecordStore.DeleteDeploymentAsync(session, database, artifacts, request.DeploymentId, currentUser.Id, clock.UtcNow(), cancellationToken);
        return new RecordDeleted(true);
    }
}
