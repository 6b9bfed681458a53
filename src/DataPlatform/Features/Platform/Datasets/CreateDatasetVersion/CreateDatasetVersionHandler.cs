using Dapper;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Datasets;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Timeline;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.CreateDatasetVersion;

public sealed class CreateDatasetVersionHandler(DatabaseSession session, Database database, DatasetIngest ingest, CurrentUser currentUser, Clock clock, ILogger<CreateDatasetVersionHandler> logger)
    : ICommandHandler<CreateDatasetVersionRequest, CreateDatasetVersionResponse>
{
    public async ValueTask<CreateDatasetVersionResponse> Handle(CreateDatasetVersionRequest request, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var file = await ingest.StageAndProfileAsync(request.File!, cancellationToken);
        var response = await ingest.StoreAsync(file, async (connection, transaction) =>
        {
            var now = clock.UtcNow();
            await DatasetLocks.VersionsAsync(database, connection, transaction, request.DatasetId, cancellationToken);
            var dataset = await connection.QuerySingleOrDefaultAsync<DatasetOwner>(new CommandDefinition(
                CreateDatasetVersionSql.Dataset, new { request.DatasetId }, transaction, cancellationToken: cancellationToken))
                ?? throw new NotFoundException($"Dataset {request.DatasetId} not found.");
            var stored = await ingest.AddVersionAsync(connection, transaction, request.DatasetId, file, request.Description, userId, now, cancellationToken);
            var statistics = file.Profile.Statistics;
            await ProjectTimeline.RecordAsync(
                session,
                new TimelineEntry(dataset.ProjectId, TimelineSubject.Dataset, TimelineAction.VersionAdded, dataset.Name, userId, now, new TimelineDetails(DatasetId: request.DatasetId, Version: stored.Version, Rows: statistics.RowCount, Columns: statistics.Columns.Count)),
                cancellationToken);
            return new CreateDatasetVersionResponse(stored.VersionId, stored.Version, statistics.RowCount, statistics.Columns.Count, stored.ArtifactId, QualitySummary.From(file.Profile.Quality));
        }, cancellationToken);

        logger.LogInformation("User {UserId} added version {Version} to dataset {DatasetId}", userId, response.Version, request.DatasetId);
        return response;
    }

    private sealed record DatasetOwner(Guid ProjectId, string Name);
}
