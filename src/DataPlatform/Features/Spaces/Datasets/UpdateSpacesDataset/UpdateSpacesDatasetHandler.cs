using System.Text.Json;
using Dapper;
using DataPlatform.Domain.Datasets;
using DataPlatform.Domain.Timeline;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using Mediator;

namespace DataPlatform.Features.Spaces.Datasets.UpdateSpacesDataset;

/// <summary>Only the fields sent change; the others keep their values.</summary>
public sealed class UpdateSpacesDatasetHandler(DatabaseSession session, Database database, CurrentUser currentUser, Clock clock, ProjectAccess access) : ICommandHandler<UpdateSpacesDatasetRequest, SpacesDataset>
{
    public async ValueTask<SpacesDataset> Handle(UpdateSpacesDatasetRequest request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        var projectId = access.ProjectId;
        var names = await DatasetNames.LockAsync(database, connection, transaction, projectId, cancellationToken);
        var dataset = await SpacesStore.DatasetAsync(connection, transaction, projectId, request.DatasetName, cancellationToken);
        var name = request.Name is null ? dataset.Name : Names.Normalize(request.Name);
        if (name != dataset.Name)
        {
            await names.RefuseTakenAsync(name, dataset.Id, cancellationToken);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            UpdateSpacesDatasetSql.Update,
            new
            {
                dataset.Id,
                Name = name,
                Description = request.Description is null ? dataset.Description : request.Description.Length == 0 ? null : request.Description,
                Tags = request.Tags is null ? dataset.Tags : SpacesStore.TagsJson(request.Tags),
                Metadata = request.Metadata switch
                {
                    null => dataset.Metadata,
                    { ValueKind: JsonValueKind.Object } metadata => metadata.GetRawText(),
                    _ => null,
                },
                Now = now,
            },
            transaction,
            cancellationToken: cancellationToken));
        await ProjectTimeline.RecordAsync(session, new TimelineEntry(projectId, TimelineSubject.Dataset, TimelineAction.Updated, name, currentUser.Id, now, new TimelineDetails(DatasetId: dataset.Id)), cancellationToken);
        var updated = await SpacesStore.DatasetAsync(connection, transaction, projectId, name, cancellationToken);
        return updated.ToDataset();
    }
}
