using DataPlatform.Infrastructure.Pipeline;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Tracker.Traceability.ListTrackerDatasets;

/// <param name="Phase">Only the entries of this CRISP-DM phase: business, data_understanding, data_preparation, modeling, evaluation or deployment.</param>
/// <param name="Limit">Max entries (1-500, default 500).</param>
/// <param name="Offset">Entries to skip (default 0).</param>
public sealed record ListTrackerDatasetsRequest(
    [property: FromRoute(Name = "projectId")] Guid ProjectId,
    [property: FromQuery(Name = "phase")] string? Phase,
    [property: FromQuery(Name = "limit")] int? Limit,
    [property: FromQuery(Name = "offset")] int? Offset) : IQuery<ListTrackerDatasetsResponse>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Viewer;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Project(ProjectId);
}
