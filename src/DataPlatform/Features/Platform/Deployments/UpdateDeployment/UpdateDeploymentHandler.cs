using Dapper;
using DataPlatform.Domain.Timeline;
using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Platform.Deployments.UpdateDeployment;

public sealed class UpdateDeploymentHandler(DatabaseSession session, CurrentUser currentUser, Clock clock) : ICommandHandler<UpdateDeploymentRequest, DeploymentItem>
{
    public async ValueTask<DeploymentItem> Handle(UpdateDeploymentRequest request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        var before = await RecordRules.DeploymentAsync(connection, transaction, request.DeploymentId, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE deployments SET stage = @Stage, is_active = @IsActive, updated_at = @Now WHERE id = @Id",
            new { Id = request.DeploymentId, Stage = request.Stage ?? before.Stage, IsActive = (request.IsActive ?? before.IsActive) ? 1 : 0, Now = now },
            transaction,
            cancellationToken: cancellationToken));
        var deployment = await RecordRules.DeploymentAsync(connection, transaction, request.DeploymentId, cancellationToken);
        await ProjectTimeline.RecordAsync(session, RecordEvents.Deployment(deployment, TimelineAction.Updated, currentUser.Id, now), cancellationToken);
        return deployment;
    }
}
