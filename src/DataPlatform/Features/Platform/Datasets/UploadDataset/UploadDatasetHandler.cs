using DataPlatform.Domain.Datasets;
using DataPlatform.Domain.Timeline;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Text;
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
            var statistics = file.Profile.Statistics;
            await DatasetWriter.CreateAsync(
                session,
                database,
                new NewDataset(datasetId, request.ProjectId, name, string.IsNullOrEmpty(request.Description) ? null : request.Description, userId, now),
                TimelineAction.Uploaded,
                new TimelineDetails(DatasetId: datasetId, Version: DatasetIngest.FirstVersion, Rows: statistics.RowCount, Columns: statistics.Columns.Count),
                cancellationToken);
            var stored = await ingest.AddVersionAsync(connection, transaction, datasetId, file, "Initial upload", userId, now, cancellationToken);
            return new UploadDatasetResponse(datasetId, datasetId, stored.VersionId, stored.ArtifactId, QualitySummary.From(file.Profile.Quality));
        }, cancellationToken);

        logger.LogInformation("User {UserId} uploaded dataset {DatasetId} to project {ProjectId}: {Rows} rows, quality {Score}", userId, response.DatasetId, request.ProjectId, file.Profile.Statistics.RowCount, response.Quality.OverallScore);
        return response;
    }
}
