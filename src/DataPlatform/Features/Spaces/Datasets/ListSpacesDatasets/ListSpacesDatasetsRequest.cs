using DataPlatform.Infrastructure.Pipeline;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Spaces.Datasets.ListSpacesDatasets;

/// <param name="Page">Page number, from 1 (default 1).</param>
/// <param name="PageSize">Items per page (1-200, default 50).</param>
/// <param name="Tag">Only datasets with this tag.</param>
public sealed record ListSpacesDatasetsRequest(
    [property: FromRoute(Name = "slug")] string Namespace,
    [property: FromRoute(Name = "projectSlug")] string ProjectSlug,
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "pageSize")] int? PageSize,
    [property: FromQuery(Name = "tag")] string? Tag) : IQuery<ListSpacesDatasetsResponse>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Viewer;

    ProjectTarget IProjectScoped.Target => ProjectTarget.ProjectBySlug(Namespace, ProjectSlug);
}
