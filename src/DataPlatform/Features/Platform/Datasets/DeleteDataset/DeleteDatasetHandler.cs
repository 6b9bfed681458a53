using Dapper;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Timeline;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.DeleteDataset;

public sealed class DeleteDatasetHandler(Database database, IArtifactStore artifacts, CurrentUser currentUser, Clock clock, ILogger<DeleteDatasetHandler> logger)
    : ICommandHandler<DeleteDatasetRequest, DeleteDatasetResponse>
{
    public async ValueTask<DeleteDatasetResponse> Handle(DeleteDatasetRequest request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow();
        IReadOnlyList<string> orphans;
        await using (var connection = await database.OpenAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await DatasetLocks.VersionsAsync(database, connection, transaction, request.DatasetId, cancellationToken);
            var dataset = await connection.QuerySingleOrDefaultAsync<DatasetOwner>(new CommandDefinition(
                DeleteDatasetSql.Dataset, new { request.DatasetId }, transaction, cancellationToken: cancellationToken))
                ?? throw new NotFoundException($"Dataset {request.DatasetId} not found.");
            await connection.ExecuteAsync(new CommandDefinition(DeleteDatasetSql.Delete, new { request.DatasetId }, transaction, cancellationToken: cancellationToken));
            orphans = await ArtifactRows.DeleteUnreferencedAsync(database, connection, transaction, cancellationToken);
            await ProjectTimeline.RecordAsync(
                connection,
                transaction,
                new TimelineEntry(dataset.ProjectId, "dataset", "deleted", dataset.Name, currentUser.Id, now, new TimelineDetails(DatasetId: request.DatasetId)),
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await ArtifactRows.RemoveFilesAsync(database, artifacts, orphans);

        logger.LogInformation("User {UserId} deleted dataset {DatasetId} and {Files} file(s)", currentUser.Id, request.DatasetId, orphans.Count);
        return new DeleteDatasetResponse(true);
    }

    private sealed record DatasetOwner(Guid ProjectId, string Name);
}
