using Dapper;
using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Text;
using DataPlatform.Domain.Timeline;
using Mediator;

namespace DataPlatform.Features.Platform.Deployments.CreateDeployment;

public sealed class CreateDeploymentHandler(DatabaseSession session, CurrentUser currentUser, Clock clock) : ICommandHandler<CreateDeploymentRequest, DeploymentItem>
{
    public async ValueTask<DeploymentItem> Handle(CreateDeploymentRequest request, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var now = clock.UtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        var projectId = await connection.ExecuteScalarAsync<Guid?>(new CommandDefinition(
            "SELECT project_id FROM models WHERE id = @ModelId", new { request.ModelId }, transaction, cancellationToken: cancellationToken))
            ?? throw new NotFoundException($"Model {request.ModelId} not found.");
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO deployments (id, project_id, model_id, name, stage, is_active, created_by, created_at, updated_at)
            VALUES (@Id, @ProjectId, @ModelId, @Name, @Stage, @IsActive, @UserId, @Now, @Now)
            """,
            new { Id = id, ProjectId = projectId, request.ModelId, Name = Names.Normalize(request.Name!), request.Stage, IsActive = request.IsActive == true ? 1 : 0, UserId = currentUser.Id, Now = now },
            transaction,
            cancellationToken: cancellationToken));
        var deployment = await RecordRules.DeploymentAsync(connection, transaction, id, cancellationToken);
        await ProjectTimeline.RecordAsync(session, RecordEvents.Deployment(deployment, TimelineAction.Created, currentUser.Id, now), cancellationToken);
        return deployment;
    }
}
