using System.Text.Json;
using Dapper;
using DataPlatform.Domain.Datasets;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using DataPlatform.Domain.Timeline;
using Mediator;

namespace DataPlatform.Features.Spaces.Datasets.CreateSpacesDataset;

public sealed class CreateSpacesDatasetHandler(DatabaseSession session, Database database, CurrentUser currentUser, Clock clock, ProjectAccess access) : ICommandHandler<CreateSpacesDatasetRequest, SpacesDataset>
{
    public async ValueTask<SpacesDataset> Handle(CreateSpacesDatasetRequest request, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var name = Names.Normalize(request.Name!);
        var now = clock.UtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        var projectId = access.ProjectId;
        var names = await DatasetNames.LockAsync(database, connection, transaction, projectId, cancellationToken);
        await names.RefuseTakenAsync(name, null, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            CreateSpacesDatasetSql.Insert,
            new
            {
                Id = id,
                ProjectId = projectId,
                Name = name,
                request.Description,
                Tags = SpacesStore.TagsJson(request.Tags ?? []),
                Metadata = request.Metadata is { ValueKind: JsonValueKind.Object } metadata ? metadata.GetRawText() : null,
                UserId = currentUser.Id,
                Now = now,
            },
            transaction,
            cancellationToken: cancellationToken));
        await ProjectTimeline.RecordAsync(session, new TimelineEntry(projectId, TimelineSubject.Dataset, TimelineAction.Created, name, currentUser.Id, now, new TimelineDetails(DatasetId: id)), cancellationToken);
        var dataset = await SpacesStore.DatasetAsync(connection, transaction, projectId, name, cancellationToken);
        return dataset.ToDataset();
    }
}
