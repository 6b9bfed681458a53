using Dapper;
using DataPlatform.Domain.Datasets;
using DataPlatform.Domain.Timeline;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Text;
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
        await DatasetWriter.CreateAsync(
            session,
            database,
            new NewDataset(id, request.ProjectId, name, request.Description, currentUser.Id, now)
            {
                Source = request.Source,
                Records = request.Records,
                AcquisitionDate = request.AcquisitionDate!.Value,
                Phase = request.Phase,
            },
            TimelineAction.Logged,
            new TimelineDetails(DatasetId: id),
            cancellationToken);
        var entry = (await TrackerDatasetRows.ReadAsync(connection, new CommandDefinition(TrackerDatasetRows.ById, new { Id = id }, transaction, cancellationToken: cancellationToken))).Single();
        return entry;
    }
}
