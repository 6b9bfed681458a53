using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Spaces.Collections.GetSpacesCollection;

public sealed class GetSpacesCollectionHandler(Database database, ProjectAccess access) : IQueryHandler<GetSpacesCollectionRequest, SpacesCollection>
{
    public async ValueTask<SpacesCollection> Handle(GetSpacesCollectionRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var projectId = access.ProjectId;
        var dataset = await SpacesStore.DatasetAsync(connection, null, projectId, request.DatasetName, cancellationToken);
        return (await SpacesStore.CollectionAsync(connection, null, dataset.Id, request.CollectionName, cancellationToken)).ToCollection();
    }
}
