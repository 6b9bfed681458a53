using Dapper;
using DataPlatform.Domain.Datasets;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Text;
using DataPlatform.Domain.Timeline;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.CreateTrackerDataset;

public sealed class CreateTrackerDatasetHandler(DatabaseSession session, Database database, CurrentUser currentUser, Clock clock) : ICommandHandler<CreateTrackerDatasetRequest, TrackerDataset>
{
    public async ValueTask<TrackerDataset> Handle(CreateTrackerDatasetRequest request, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var now = clock.UtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        var name = Names.Normalize(request.Name!);
        var names = await DatasetNames.LockAsync(database, connection, transaction, request.ProjectId, cancellationToken);
        await names.RefuseTakenAsync(name, null, cancellationToken);

        await connection.ExecuteAsync(new CommandDefinition(
            CreateTrackerDatasetSql.Insert,
            new
            {
                Id = id,
                request.ProjectId,
                Name = name,
                request.Description,
                request.Source,
                request.Records,
                AcquisitionDate = request.AcquisitionDate!.Value,
                request.Phase,
                UserId = currentUser.Id,
                Now = now,
            },
            transaction,
            cancellationToken: cancellationToken));
        await ProjectTimeline.RecordAsync(session, new TimelineEntry(request.ProjectId, TimelineSubject.Dataset, TimelineAction.Logged, name, currentUser.Id, now, new TimelineDetails(DatasetId: id)), cancellationToken);
        var entry = await connection.QuerySingleAsync<TrackerDatasetRow>(new CommandDefinition(TrackerDatasetRows.ById, new { Id = id }, transaction, cancellationToken: cancellationToken));
        return entry.ToEntity();
    }
}
