using DataPlatform.Domain.Collections;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Spaces.Collections.ListSpacesCollections;

public sealed class ListSpacesCollectionsHandler(DatabaseSession session, ProjectAccess access) : IQueryHandler<ListSpacesCollectionsRequest, SpacesCollectionPage>
{
    public async ValueTask<SpacesCollectionPage> Handle(ListSpacesCollectionsRequest request, CancellationToken cancellationToken)
    {
        var page = request.Page ?? 1;
        var pageSize = request.PageSize ?? SpacesStore.DefaultPageSize;
        var connection = await session.ConnectionAsync(cancellationToken);
        var datasetId = access.ChildId;
        var parameters = new { DatasetId = datasetId, Limit = pageSize, Offset = (page - 1) * pageSize };
        var (rows, total) = await Pages.ReadAsync<CollectionRow>(
            connection, SpacesStore.CollectionsOfDataset + " ORDER BY c.created_at, c.id LIMIT @Limit OFFSET @Offset", "SELECT COUNT(*) FROM collections WHERE dataset_id = @DatasetId", parameters, parameters.Limit, parameters.Offset, cancellationToken);
        return new SpacesCollectionPage(rows.Select(r => r.ToCollection()).ToList(), page, pageSize, total, SpacesStore.TotalPages(total, pageSize));
    }
}
