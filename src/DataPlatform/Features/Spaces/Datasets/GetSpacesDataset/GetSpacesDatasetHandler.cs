using Dapper;
using DataPlatform.Domain.Collections;
using DataPlatform.Domain.Datasets;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using Mediator;

namespace DataPlatform.Features.Spaces.Datasets.GetSpacesDataset;

public sealed class GetSpacesDatasetHandler(DatabaseSession session, ProjectAccess access) : IQueryHandler<GetSpacesDatasetRequest, SpacesDatasetDetail>
{
    public async ValueTask<SpacesDatasetDetail> Handle(GetSpacesDatasetRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<DatasetRow, CollectionRow?, (DatasetRow Dataset, CollectionRow? Collection)>(
            new CommandDefinition(SpacesStore.DatasetWithCollections, new { access.ProjectId, Name = Names.Normalize(request.DatasetName) }, cancellationToken: cancellationToken),
            (dataset, collection) => (dataset, collection),
            splitOn: nameof(CollectionRow.Id))).AsList();
        if (rows.Count == 0)
        {
            throw new NotFoundException($"No dataset named '{request.DatasetName}' in this project.");
        }

        return rows[0].Dataset.ToDetail(rows.Where(r => r.Collection is not null).Select(r => r.Collection!.ToCollection()).ToList());
    }
}
