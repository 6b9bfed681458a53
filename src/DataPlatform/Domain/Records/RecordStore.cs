using Dapper;
using DataPlatform.Domain.Artifacts;
using DataPlatform.Domain.Timeline;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;

namespace DataPlatform.Domain.Records;

/// <summary>
/// Deleting experiments, models and deployments, the same from every surface (by the user who created
/// the record or an owner, as the requests declare with <see cref="Infrastructure.Pipeline.ICreatorMayAct"/>): what
/// hangs off it goes too (ON DELETE CASCADE), then the model files no one else uses; a timeline event
/// says what went.
/// </summary>
public static class RecordStore
{
    public static Task DeleteExperimentAsync(DatabaseSession session, Database database, IArtifactStore artifacts, Guid id, Guid callerId, DateTime now, CancellationToken cancellationToken) =>
        DeleteAsync(session, database, artifacts, "experiments", TimelineSubject.Experiment, id, callerId, now, cancellationToken);

    public static Task DeleteModelAsync(DatabaseSession session, Database database, IArtifactStore artifacts, Guid id, Guid callerId, DateTime now, CancellationToken cancellationToken) =>
        DeleteAsync(session, database, artifacts, "models", TimelineSubject.Model, id, callerId, now, cancellationToken);

    public static Task DeleteDeploymentAsync(DatabaseSession session, Database database, IArtifactStore artifacts, Guid id, Guid callerId, DateTime now, CancellationToken cancellationToken) =>
        DeleteAsync(session, database, artifacts, "deployments", TimelineSubject.Deployment, id, callerId, now, cancellationToken);

    /// <summary><paramref name="table"/> is one of the three constants above, never client input.</summary>
    private static async Task DeleteAsync(
        DatabaseSession session, Database database, IArtifactStore artifacts, string table, TimelineSubject kind, Guid id, Guid callerId, DateTime now, CancellationToken cancellationToken)
    {
        var transaction = await session.TransactionAsync(cancellationToken);
        var connection = transaction.Connection!;
        var record = await connection.QuerySingleOrDefaultAsync<DeletedRecord>(new CommandDefinition(
            $"DELETE FROM {table} WHERE id = @Id RETURNING project_id AS ProjectId, name AS Name", new { Id = id }, transaction, cancellationToken: cancellationToken))
            ?? throw new NotFoundException($"No {kind} {id}.");
        await ArtifactRows.DeleteUnreferencedAsync(session, database, artifacts, cancellationToken);
        await ProjectTimeline.RecordAsync(session, new TimelineEntry(record.ProjectId, kind, TimelineAction.Deleted, record.Name, callerId, now), cancellationToken);
    }

    /// <summary>What the DELETE returns of the record it deleted.</summary>
    private sealed record DeletedRecord(Guid ProjectId, string Name);
}
