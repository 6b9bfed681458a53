using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Platform.Deployments.GetDeployment;

public sealed class GetDeploymentHandler(Database database) : IQueryHandler<GetDeploymentRequest, DeploymentItem>
{
    public async ValueTask<DeploymentItem> Handle(GetDeploymentRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await RecordRules.DeploymentAsync(connection, null, request.DeploymentId, cancellationToken);
    }
}
