using DataPlatform.Domain.Collections;
using DataPlatform.Domain.Timeline;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using Mediator;

namespace DataPlatform.Features.Spaces.Collections.CreateSpacesCollection;

public sealed class CreateSpacesCollectionHandler(DatabaseSession session, Database database, CurrentUser currentUser, Clock clock, ProjectAccess access) : ICommandHandler<CreateSpacesCollectionRequest, SpacesCollection>
{
    public async ValueTask<SpacesCollection> Handle(CreateSpacesCollectionRequest request, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var name = Names.Normalize(request.Name!);
        var now = clock.UtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        var projectId = access.ProjectId;
        var datasetId = access.ChildId;
        await database.LockAsync(connection, transaction, $"collections:{datasetId}", cancellationToken);
        await SpacesStore.RefuseNewCollectionAsync(connection, transaction, datasetId, name, cancellationToken);
        await CollectionWriter.InsertAsync(
            session, new NewCollection(id, projectId, datasetId, name, SpacesStore.MembersJson(request.Members), currentUser.Id, now, now), cancellationToken);
        await ProjectTimeline.RecordAsync(session, new TimelineEntry(projectId, TimelineSubject.Collection, TimelineAction.Created, name, currentUser.Id, now, new TimelineDetails(DatasetId: datasetId)), cancellationToken);
        var collection = await SpacesStore.CollectionAsync(connection, transaction, datasetId, name, cancellationToken);
        return collection.ToCollection();
    }
}
