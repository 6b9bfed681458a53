using Dapper;
using DataPlatform.Domain.Datasets;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Text;
using DataPlatform.Domain.Timeline;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.UploadDataset;

public sealed class UploadDatasetHandler(DatabaseSession session, Database database, DatasetIngest ingest, CurrentUser currentUser, Clock clock, ILogger<UploadDatasetHandler> logger)
    : ICommandHandler<UploadDatasetRequest, UploadDatasetResponse>
{
    public async ValueTask<UploadDatasetResponse> Handle(UploadDatasetRequest request, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var name = Names.Normalize(request.Name!);
        // Before reading the file; checked again under the lock below, where it counts.
        await DatasetNames.RefuseTakenEarlyAsync(await session.ConnectionAsync(cancellationToken), request.ProjectId, name, cancellationToken);

        var file = await ingest.StageAndProfileAsync(request.File!, cancellationToken);
        var response = await ingest.StoreAsync(file, async (connection, transaction) =>
        {
            var now = clock.UtcNow();
            var datasetId = Guid.CreateVersion7();
            var names = await DatasetNames.LockAsync(database, connection, transaction, request.ProjectId, cancellationToken);
            await names.RefuseTakenAsync(name, null, cancellationToken);

            await connection.ExecuteAsync(new CommandDefinition(
                UploadDatasetSql.InsertDataset,
                new { Id = datasetId, request.ProjectId, Name = name, Description = string.IsNullOrEmpty(request.Description) ? null : request.Description, UserId = userId, Now = now },
                transaction,
                cancellationToken: cancellationToken));
            var stored = await ingest.AddVersionAsync(connection, transaction, datasetId, file, "Initial upload", userId, now, cancellationToken);
            var statistics = file.Profile.Statistics;
            await ProjectTimeline.RecordAsync(
                session,
                new TimelineEntry(request.ProjectId, TimelineSubject.Dataset, TimelineAction.Uploaded, name, userId, now, new TimelineDetails(DatasetId: datasetId, Version: stored.Version, Rows: statistics.RowCount, Columns: statistics.Columns.Count)),
                cancellationToken);
            return new UploadDatasetResponse(datasetId, datasetId, stored.VersionId, stored.ArtifactId, QualitySummary.From(file.Profile.Quality));
        }, cancellationToken);

        logger.LogInformation("User {UserId} uploaded dataset {DatasetId} to project {ProjectId}: {Rows} rows, quality {Score}", userId, response.DatasetId, request.ProjectId, file.Profile.Statistics.RowCount, response.Quality.OverallScore);
        return response;
    }
}
