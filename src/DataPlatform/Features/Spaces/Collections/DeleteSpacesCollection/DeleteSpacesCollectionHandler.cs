using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Spaces.Collections.DeleteSpacesCollection;

public sealed class DeleteSpacesCollectionHandler(DatabaseSession session, CurrentUser currentUser, Clock clock, ProjectAccess access) : ICommandHandler<DeleteSpacesCollectionRequest, SpacesSuccess>
{
    public async ValueTask<SpacesSuccess> Handle(DeleteSpacesCollectionRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        var projectId = access.ProjectId;
        var datasetId = access.ChildId;
        var collection = await SpacesStore.CollectionAsync(connection, transaction, datasetId, request.CollectionName, cancellationToken);
        await SpacesStore.DeleteCollectionAsync(session, projectId, collection, currentUser.Id, clock.UtcNow(), cancellationToken);
        return new SpacesSuccess(true);
    }
}
