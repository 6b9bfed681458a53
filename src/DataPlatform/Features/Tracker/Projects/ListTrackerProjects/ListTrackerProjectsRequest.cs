using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Tracker.Projects.ListTrackerProjects;

/// <param name="Limit">Max projects (1-500, default 500).</param>
/// <param name="Offset">Projects to skip (default 0).</param>
public sealed record ListTrackerProjectsRequest(
    [property: FromQuery(Name = "limit")] int? Limit,
    [property: FromQuery(Name = "offset")] int? Offset) : IQuery<ListTrackerProjectsResponse>;
