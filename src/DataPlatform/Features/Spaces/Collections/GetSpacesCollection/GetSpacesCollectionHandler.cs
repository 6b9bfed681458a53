using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Spaces.Collections.GetSpacesCollection;

public sealed class GetSpacesCollectionHandler(DatabaseSession session, ProjectAccess access) : IQueryHandler<GetSpacesCollectionRequest, SpacesCollection>
{
    public async ValueTask<SpacesCollection> Handle(GetSpacesCollectionRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var datasetId = access.ChildId;
        return (await SpacesStore.CollectionAsync(connection, null, datasetId, request.CollectionName, cancellationToken)).ToCollection();
    }
}
