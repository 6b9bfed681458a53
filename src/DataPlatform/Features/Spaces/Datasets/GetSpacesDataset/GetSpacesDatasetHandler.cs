using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Spaces.Datasets.GetSpacesDataset;

public sealed class GetSpacesDatasetHandler(DatabaseSession session, ProjectAccess access) : IQueryHandler<GetSpacesDatasetRequest, SpacesDatasetDetail>
{
    public async ValueTask<SpacesDatasetDetail> Handle(GetSpacesDatasetRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var projectId = access.ProjectId;
        var dataset = await SpacesStore.DatasetAsync(connection, null, projectId, request.DatasetName, cancellationToken);
        return dataset.ToDetail(await SpacesStore.CollectionsAsync(connection, null, dataset.Id, cancellationToken));
    }
}
