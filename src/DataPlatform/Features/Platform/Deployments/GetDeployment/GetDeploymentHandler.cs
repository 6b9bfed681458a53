using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Platform.Deployments.GetDeployment;

public sealed class GetDeploymentHandler(DatabaseSession session) : IQueryHandler<GetDeploymentRequest, DeploymentItem>
{
    public async ValueTask<DeploymentItem> Handle(GetDeploymentRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return await RecordRules.DeploymentAsync(connection, null, request.DeploymentId, cancellationToken);
    }
}
