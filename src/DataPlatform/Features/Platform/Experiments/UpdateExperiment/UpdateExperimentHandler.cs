using Dapper;
using DataPlatform.Domain.Timeline;
using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Platform.Experiments.UpdateExperiment;

/// <summary>A status that ends the run records when it ended (for the duration); a status that does not clears that.</summary>
public sealed class UpdateExperimentHandler(DatabaseSession session, CurrentUser currentUser, Clock clock) : ICommandHandler<UpdateExperimentRequest, ExperimentItem>
{
    public async ValueTask<ExperimentItem> Handle(UpdateExperimentRequest request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        var before = await RecordRules.ExperimentAsync(connection, transaction, request.ExperimentId, cancellationToken);
        var status = request.Status ?? before.Status;
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE experiments SET status = @Status, metrics = COALESCE(@Metrics, metrics),
                   finished_at = CASE WHEN @Final = 1 THEN COALESCE(finished_at, @Now) ELSE NULL END, updated_at = @Now
            WHERE id = @Id
            """,
            new { Id = request.ExperimentId, Status = status, Metrics = RecordRules.JsonText(request.Metrics), Final = RecordRules.FinalStatuses.Contains(status) ? 1 : 0, Now = now },
            transaction,
            cancellationToken: cancellationToken));
        var experiment = await RecordRules.ExperimentAsync(connection, transaction, request.ExperimentId, cancellationToken);
        await ProjectTimeline.RecordAsync(session, RecordEvents.Experiment(experiment, TimelineAction.Updated, currentUser.Id, now), cancellationToken);
        return experiment;
    }
}
