using DataPlatform.Infrastructure.Pipeline;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Datasets.ListDatasets;

/// <param name="ProjectId">Only this project's datasets; without it, those of every project the caller is a member of.</param>
/// <param name="Limit">Max items (1-500, default 50).</param>
/// <param name="Offset">Items to skip (default 0).</param>
/// <param name="Search">Case-insensitive text to find in the name or description.</param>
/// <param name="SortField">created_at (default), name, rows, columns or project_name.</param>
/// <param name="SortDirection">desc (default) or asc.</param>
public sealed record ListDatasetsRequest(
    [property: FromQuery(Name = "project_id")] Guid? ProjectId,
    [property: FromQuery(Name = "limit")] int? Limit,
    [property: FromQuery(Name = "offset")] int? Offset,
    [property: FromQuery(Name = "search")] string? Search,
    [property: FromQuery(Name = "sort_field")] string? SortField,
    [property: FromQuery(Name = "sort_direction")] string? SortDirection) : IQuery<ListDatasetsResponse>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Viewer;

    ProjectTarget IProjectScoped.Target => ProjectId is { } id ? ProjectTarget.Project(id) : ProjectTarget.CallerProjects;
}
