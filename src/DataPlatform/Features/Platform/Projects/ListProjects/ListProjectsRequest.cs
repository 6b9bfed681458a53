using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Projects.ListProjects;

/// <param name="Limit">Max items (1-500, default 50).</param>
/// <param name="Offset">Items to skip (default 0).</param>
/// <param name="Search">Case-insensitive text to find in the name or description.</param>
/// <param name="Status">active (default), archived or all.</param>
/// <param name="SortField">created_at (default) or name.</param>
/// <param name="SortDirection">desc (default) or asc.</param>
public sealed record ListProjectsRequest(
    [property: FromQuery(Name = "limit")] int? Limit,
    [property: FromQuery(Name = "offset")] int? Offset,
    [property: FromQuery(Name = "search")] string? Search,
    [property: FromQuery(Name = "status")] string? Status,
    [property: FromQuery(Name = "sort_field")] string? SortField,
    [property: FromQuery(Name = "sort_direction")] string? SortDirection) : IQuery<ListProjectsResponse>;
