using System.ComponentModel.DataAnnotations;
using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Deployments.CreateDeployment;

/// <param name="ModelId">The model it serves.</param>
/// <param name="Name">Its name.</param>
/// <param name="Stage">development, staging or production.</param>
/// <param name="IsActive">Whether it serves now.</param>
public sealed record CreateDeploymentRequest(
    [property: Required] Guid? ModelId,
    [property: Required] string? Name,
    [property: Required] string? Stage,
    [property: Required] bool? IsActive) : ICommand<DeploymentItem>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Model(ProjectTarget.Required(ModelId, "model_id"));
}
