using Dapper;
using DataPlatform.Domain.Artifacts;
using DataPlatform.Domain.Timeline;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;

namespace DataPlatform.Domain.Datasets;

/// <summary>Deleting a dataset, the same on every surface.</summary>
public static class DatasetStore
{
    /// <summary>
    /// Deletes a dataset with its versions, then the files no other version uses; records a timeline
    /// event. Returns how many files went. Who may is declared by the requests that call it
    /// (<see cref="Infrastructure.Pipeline.ICreatorMayAct"/>: its creator or an owner).
    /// </summary>
    public static async Task<int> DeleteAsync(DatabaseSession session, Database database, IArtifactStore artifacts, Guid datasetId, Guid callerId, DateTime now, CancellationToken cancellationToken)
    {
        var transaction = await session.TransactionAsync(cancellationToken);
        var connection = transaction.Connection!;
        await DatasetLocks.VersionsAsync(database, connection, transaction, datasetId, cancellationToken);
        var dataset = await connection.QuerySingleOrDefaultAsync<DeletedDataset>(new CommandDefinition(
            DatasetStoreSql.Delete, new { DatasetId = datasetId }, transaction, cancellationToken: cancellationToken))
            ?? throw new NotFoundException($"Dataset {datasetId} not found.");
        var files = await ArtifactRows.DeleteUnreferencedAsync(session, database, artifacts, cancellationToken);
        await ProjectTimeline.RecordAsync(
            session,
            new TimelineEntry(dataset.ProjectId, TimelineSubject.Dataset, TimelineAction.Deleted, dataset.Name, callerId, now, new TimelineDetails(DatasetId: datasetId)),
            cancellationToken);
        return files;
    }

    /// <summary>What the DELETE returns of the dataset it deleted.</summary>
    private sealed record DeletedDataset(Guid ProjectId, string Name);
}
