using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Spaces.StandaloneCollections.DeleteStandaloneCollection;

public sealed class DeleteStandaloneCollectionHandler(DatabaseSession session, CurrentUser currentUser, Clock clock, ProjectAccess access) : ICommandHandler<DeleteStandaloneCollectionRequest, SpacesSuccess>
{
    public async ValueTask<SpacesSuccess> Handle(DeleteStandaloneCollectionRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        var collection = await SpacesStore.StandaloneCollectionAsync(connection, transaction, access.ProjectId, request.CollectionId, cancellationToken);
        await SpacesStore.DeleteCollectionAsync(session, collection.ProjectId, collection, currentUser.Id, clock.UtcNow(), cancellationToken);
        return new SpacesSuccess(true);
    }
}
