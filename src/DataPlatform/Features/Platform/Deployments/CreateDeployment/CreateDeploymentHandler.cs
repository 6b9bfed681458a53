using Dapper;
using DataPlatform.Domain.Records;
using DataPlatform.Domain.Timeline;
using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Text;
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
        await DeploymentWriter.InsertAsync(
            session,
            new NewDeployment(id, projectId, request.ModelId!.Value, Names.Normalize(request.Name!), request.Stage!, request.IsActive == true, currentUser.Id, now, now),
            cancellationToken);
        var deployment = await RecordRules.DeploymentAsync(connection, transaction, id, cancellationToken);
        await ProjectTimeline.RecordAsync(session, RecordEvents.Deployment(deployment, TimelineAction.Created, currentUser.Id, now), cancellationToken);
        return deployment;
    }
}
