using Dapper;
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
        var projectId = access.ProjectId;
        var dataset = await SpacesStore.DatasetAsync(connection, null, projectId, request.DatasetName, cancellationToken);
        var parameters = new { DatasetId = dataset.Id, Limit = pageSize, Offset = (page - 1) * pageSize };
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM collections WHERE dataset_id = @DatasetId", parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<SpacesCollectionRow>(new CommandDefinition(
            SpacesStore.CollectionsOfDataset + " ORDER BY c.created_at, c.id LIMIT @Limit OFFSET @Offset", parameters, cancellationToken: cancellationToken));
        return new SpacesCollectionPage(rows.Select(r => r.ToCollection()).ToList(), page, pageSize, total, SpacesStore.TotalPages(total, pageSize));
    }
}
