using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Deployments.ListDeployments;

/// <param name="ProjectId">Only the deployments of this project.</param>
/// <param name="ModelId">Only the deployments of this model.</param>
/// <param name="Limit">Max items (1-500, default 50).</param>
/// <param name="Offset">Items to skip (default 0).</param>
public sealed record ListDeploymentsRequest(
    [property: FromQuery(Name = "project_id")] Guid? ProjectId,
    [property: FromQuery(Name = "model_id")] Guid? ModelId,
    [property: FromQuery(Name = "limit")] int? Limit,
    [property: FromQuery(Name = "offset")] int? Offset) : IQuery<ListDeploymentsResponse>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Viewer;

    ProjectTarget IProjectScoped.Target => (ProjectId, ModelId) switch
    {
        ({ } project, null) => ProjectTarget.Project(project),
        (null, { } model) => ProjectTarget.Model(model),
        _ => throw new BadRequestException("Send exactly one of 'project_id', 'model_id'."),
    };
}
