using Dapper;
using DataPlatform.Domain.Records;
using DataPlatform.Domain.Timeline;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Text;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.CreateTrackerExperiment;

public sealed class CreateTrackerExperimentHandler(DatabaseSession session, CurrentUser currentUser, Clock clock) : ICommandHandler<CreateTrackerExperimentRequest, TrackerExperiment>
{
    public async ValueTask<TrackerExperiment> Handle(CreateTrackerExperimentRequest request, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var now = clock.UtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        var name = Names.Normalize(request.Name!);
        await ExperimentWriter.InsertAsync(
            session,
            new NewExperiment(id, request.ProjectId, name, request.Description, currentUser.Id, now, now)
            {
                Phase = request.Phase,
                Hypothesis = request.Hypothesis,
                Parameters = request.Parameters?.GetRawText(),
                Metrics = request.Metrics?.GetRawText(),
                Result = request.Result,
                RunDate = request.RunDate!.Value,
            },
            cancellationToken);
        await ProjectTimeline.RecordAsync(session, new TimelineEntry(request.ProjectId, TimelineSubject.Experiment, TimelineAction.Logged, name, currentUser.Id, now), cancellationToken);
        var entry = (await TrackerExperimentRows.ReadAsync(connection, new CommandDefinition(TrackerExperimentRows.ById, new { Id = id }, transaction, cancellationToken: cancellationToken))).Single();
        return entry;
    }
}
