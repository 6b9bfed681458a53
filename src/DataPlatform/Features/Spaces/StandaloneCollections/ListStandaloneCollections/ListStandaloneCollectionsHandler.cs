using DataPlatform.Domain.Collections;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Spaces.StandaloneCollections.ListStandaloneCollections;

public sealed class ListStandaloneCollectionsHandler(DatabaseSession session, ProjectAccess access) : IQueryHandler<ListStandaloneCollectionsRequest, SpacesCollectionPage>
{
    public async ValueTask<SpacesCollectionPage> Handle(ListStandaloneCollectionsRequest request, CancellationToken cancellationToken)
    {
        var page = request.Page ?? 1;
        var pageSize = request.PageSize ?? SpacesStore.DefaultPageSize;
        var connection = await session.ConnectionAsync(cancellationToken);
        var projectId = access.ProjectId;
        var parameters = new { ProjectId = projectId, Limit = pageSize, Offset = (page - 1) * pageSize };
        var (rows, total) = await Pages.ReadAsync<CollectionRow>(
            connection, SpacesStore.StandaloneCollections + " ORDER BY c.created_at, c.id LIMIT @Limit OFFSET @Offset", "SELECT COUNT(*) FROM (" + SpacesStore.StandaloneCollections + ") x", parameters, parameters.Limit, parameters.Offset, cancellationToken);
        return new SpacesCollectionPage(rows.Select(r => r.ToCollection() with { DatasetId = null }).ToList(), page, pageSize, total, SpacesStore.TotalPages(total, pageSize));
    }
}
