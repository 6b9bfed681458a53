using Dapper;
using DataPlatform.Domain.Timeline;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using Mediator;

namespace DataPlatform.Features.Spaces.Collections.UpdateSpacesCollection;

public sealed class UpdateSpacesCollectionHandler(DatabaseSession session, Database database, CurrentUser currentUser, Clock clock, ProjectAccess access) : ICommandHandler<UpdateSpacesCollectionRequest, SpacesCollection>
{
    public async ValueTask<SpacesCollection> Handle(UpdateSpacesCollectionRequest request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        var projectId = access.ProjectId;
        var datasetId = access.ChildId;
        await database.LockAsync(connection, transaction, $"collections:{datasetId}", cancellationToken);
        var collection = await SpacesStore.CollectionAsync(connection, transaction, datasetId, request.CollectionName, cancellationToken);
        var name = request.Name is null ? collection.Name : Names.Normalize(request.Name);
        if (name != collection.Name)
        {
            await SpacesStore.RefuseTakenCollectionNameAsync(connection, transaction, datasetId, name, cancellationToken);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            UpdateSpacesCollectionSql.Update,
            new { collection.Id, Name = name, Members = request.Members is null ? collection.Members : SpacesStore.MembersJson(request.Members), Now = now },
            transaction,
            cancellationToken: cancellationToken));
        await ProjectTimeline.RecordAsync(session, new TimelineEntry(projectId, TimelineSubject.Collection, TimelineAction.Updated, name, currentUser.Id, now, new TimelineDetails(DatasetId: datasetId)), cancellationToken);
        var updated = await SpacesStore.CollectionAsync(connection, transaction, datasetId, name, cancellationToken);
        return updated.ToCollection();
    }
}
