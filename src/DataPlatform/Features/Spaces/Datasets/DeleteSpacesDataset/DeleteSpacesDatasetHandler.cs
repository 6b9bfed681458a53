using Dapper;
using DataPlatform.Domain.Datasets;
using DataPlatform.Domain.Timeline;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Spaces.Datasets.DeleteSpacesDataset;

/// <summary>
/// A soft delete: the dataset disappears from every surface, its name is free again, and its
/// collections stay, as standalone collections. Its versions and files stay with it.
/// </summary>
public sealed class DeleteSpacesDatasetHandler(DatabaseSession session, Database database, CurrentUser currentUser, Clock clock, ProjectAccess access) : ICommandHandler<DeleteSpacesDatasetRequest, SpacesSuccess>
{
    public async ValueTask<SpacesSuccess> Handle(DeleteSpacesDatasetRequest request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        var projectId = access.ProjectId;
        var dataset = await SpacesStore.DatasetAsync(connection, transaction, projectId, request.DatasetName, cancellationToken);
        await DatasetLocks.VersionsAsync(database, connection, transaction, dataset.Id, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(DeleteSpacesDatasetSql.SoftDelete, new { dataset.Id, Now = now }, transaction, cancellationToken: cancellationToken));
        await ProjectTimeline.RecordAsync(session, new TimelineEntry(projectId, TimelineSubject.Dataset, TimelineAction.Deleted, dataset.Name, currentUser.Id, now, new TimelineDetails(DatasetId: dataset.Id)), cancellationToken);
        return new SpacesSuccess(true);
    }
}
