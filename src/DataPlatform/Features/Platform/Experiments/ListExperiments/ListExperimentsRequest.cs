using DataPlatform.Infrastructure.Pipeline;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Experiments.ListExperiments;

/// <param name="ProjectId">The project whose experiments to list (required).</param>
/// <param name="Limit">Max items (1-500, default 50).</param>
/// <param name="Offset">Items to skip (default 0).</param>
public sealed record ListExperimentsRequest(
    [property: FromQuery(Name = "project_id")] Guid? ProjectId,
    [property: FromQuery(Name = "limit")] int? Limit,
    [property: FromQuery(Name = "offset")] int? Offset) : IQuery<ListExperimentsResponse>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Viewer;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Project(ProjectTarget.Required(ProjectId, "project_id"));
}
