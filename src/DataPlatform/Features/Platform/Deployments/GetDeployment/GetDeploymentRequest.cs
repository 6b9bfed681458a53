using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Deployments.GetDeployment;

public sealed record GetDeploymentRequest(Guid DeploymentId) : IQuery<DeploymentItem>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Viewer;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Deployment(DeploymentId);
}
