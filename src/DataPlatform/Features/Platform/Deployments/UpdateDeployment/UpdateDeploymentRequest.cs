using System.Text.Json.Serialization;
using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Deployments.UpdateDeployment;

/// <param name="Stage">New stage; omitted keeps it.</param>
/// <param name="IsActive">Whether it serves; omitted keeps it.</param>
public sealed record UpdateDeploymentRequest(string? Stage = null, bool? IsActive = null) : ICommand<DeploymentItem>, IProjectScoped
{
    [JsonIgnore]
    public Guid DeploymentId { get; init; }

    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Deployment(DeploymentId);
}
