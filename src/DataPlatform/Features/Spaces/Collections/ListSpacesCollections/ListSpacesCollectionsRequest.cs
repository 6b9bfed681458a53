using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Spaces.Collections.ListSpacesCollections;

/// <param name="Page">Page number, from 1 (default 1).</param>
/// <param name="PageSize">Items per page (1-200, default 50).</param>
public sealed record ListSpacesCollectionsRequest(
    [property: FromRoute(Name = "slug")] string Namespace,
    [property: FromRoute(Name = "projectSlug")] string ProjectSlug,
    [property: FromRoute(Name = "name")] string DatasetName,
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "pageSize")] int? PageSize) : IQuery<SpacesCollectionPage>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Viewer;

    ProjectTarget IProjectScoped.Target => ProjectTarget.ProjectBySlug(Namespace, ProjectSlug).With(ProjectChildKind.Dataset, Names.Normalize(DatasetName));
}
