using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Deployments.DeleteDeployment;

public sealed record DeleteDeploymentRequest(Guid DeploymentId) : ICommand<RecordDeleted>, ICreatorMayAct
{
    public static ProjectRole RequiredRole => ProjectRole.Owner;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Deployment(DeploymentId);

    string ICreatorMayAct.CreatedThing => "deployment";
}
