using DataPlatform.Domain.Datasets;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Spaces.Datasets.ListSpacesDatasets;

public sealed class ListSpacesDatasetsHandler(DatabaseSession session, ProjectAccess access) : IQueryHandler<ListSpacesDatasetsRequest, ListSpacesDatasetsResponse>
{
    public async ValueTask<ListSpacesDatasetsResponse> Handle(ListSpacesDatasetsRequest request, CancellationToken cancellationToken)
    {
        var page = request.Page ?? 1;
        var pageSize = request.PageSize ?? SpacesStore.DefaultPageSize;
        var connection = await session.ConnectionAsync(cancellationToken);
        var projectId = access.ProjectId;
        var filter = request.Tag is null ? "" : @" AND d.tags LIKE @Pattern ESCAPE '\'";
        var parameters = new { ProjectId = projectId, Pattern = request.Tag is null ? null : SpacesStore.TagPattern(request.Tag), Limit = pageSize, Offset = (page - 1) * pageSize };
        var (rows, total) = await Pages.ReadAsync<DatasetRow>(
            connection, SpacesStore.DatasetsOfProject + filter + " ORDER BY d.created_at, d.id LIMIT @Limit OFFSET @Offset", "SELECT COUNT(*) FROM (" + SpacesStore.DatasetsOfProject + filter + ") x", parameters, parameters.Limit, parameters.Offset, cancellationToken);
        return new ListSpacesDatasetsResponse(rows.Select(r => r.ToDataset()).ToList(), page, pageSize, total, SpacesStore.TotalPages(total, pageSize));
    }
}
