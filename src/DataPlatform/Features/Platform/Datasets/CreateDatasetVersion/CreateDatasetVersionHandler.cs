using DataPlatform.Domain.Timeline;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.CreateDatasetVersion;

public sealed class CreateDatasetVersionHandler(DatabaseSession session, DatasetIngest ingest, CurrentUser currentUser, Clock clock, ILogger<CreateDatasetVersionHandler> logger)
    : ICommandHandler<CreateDatasetVersionRequest, CreateDatasetVersionResponse>
{
    public async ValueTask<CreateDatasetVersionResponse> Handle(CreateDatasetVersionRequest request, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var file = await ingest.StageAndProfileAsync(request.File!, cancellationToken);
        var response = await ingest.StoreAsync(file, async (connection, transaction) =>
        {
            var now = clock.UtcNow();
            var stored = await ingest.AddVersionAsync(connection, transaction, request.DatasetId, file, request.Description, userId, now, cancellationToken);
            var statistics = file.Profile.Statistics;
            await ProjectTimeline.RecordAsync(
                session,
                new TimelineEntry(stored.ProjectId, TimelineSubject.Dataset, TimelineAction.VersionAdded, stored.DatasetName, userId, now, new TimelineDetails(DatasetId: request.DatasetId, Version: stored.Version, Rows: statistics.RowCount, Columns: statistics.Columns.Count)),
                cancellationToken);
            return new CreateDatasetVersionResponse(stored.VersionId, stored.Version, statistics.RowCount, statistics.Columns.Count, stored.ArtifactId, QualitySummary.From(file.Profile.Quality));
        }, cancellationToken);

        logger.LogInformation("User {UserId} added version {Version} to dataset {DatasetId}", userId, response.Version, request.DatasetId);
        return response;
    }
}
