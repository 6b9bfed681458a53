using DataPlatform.Infrastructure.Pipeline;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Timeline.GetTimeline;

/// <param name="Limit">Max events (1-500, default 500).</param>
/// <param name="Offset">Events to skip (default 0).</param>
public sealed record GetTimelineRequest(
    [property: FromRoute(Name = "project_id")] Guid ProjectId,
    [property: FromQuery(Name = "limit")] int? Limit,
    [property: FromQuery(Name = "offset")] int? Offset) : IQuery<GetTimelineResponse>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Viewer;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Project(ProjectId);
}
