using DataPlatform.Domain.Records;
using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Platform.Models.DeleteModel;

/// <summary>Its deployments go with it, and its file when no one else uses it.</summary>
public sealed class DeleteModelHandler(DatabaseSession session, Database database, IArtifactStore artifacts, CurrentUser currentUser, Clock clock) : ICommandHandler<DeleteModelRequest, RecordDeleted>
{
    public async ValueTask<RecordDeleted> Handle(DeleteModelRequest request, CancellationToken cancellationToken)
    {
        await RecordStore.DeleteModelAsync(session, database, artifacts, request.ModelId, currentUser.Id, clock.UtcNow(), cancellationToken);
        return new RecordDeleted(true);
    }
}
