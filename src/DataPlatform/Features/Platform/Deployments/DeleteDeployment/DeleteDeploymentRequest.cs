using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Deployments.DeleteDeployment;

public sealed record DeleteDeploymentRequest(Guid DeploymentId) : ICommand<RecordDeleted>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget? IProjectScoped.Target => ProjectTarget.Deployment(DeploymentId);
}
