using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Spaces.StandaloneCollections.GetStandaloneCollection;

public sealed class GetStandaloneCollectionHandler(DatabaseSession session, ProjectAccess access) : IQueryHandler<GetStandaloneCollectionRequest, SpacesCollection>
{
    public async ValueTask<SpacesCollection> Handle(GetStandaloneCollectionRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return (await SpacesStore.StandaloneCollectionAsync(connection, null, access.ProjectId, request.CollectionId, cancellationToken)).ToCollection() with { DatasetId = null };
    }
}
