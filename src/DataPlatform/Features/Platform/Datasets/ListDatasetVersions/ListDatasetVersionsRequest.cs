using DataPlatform.Infrastructure.Pipeline;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Datasets.ListDatasetVersions;

/// <param name="Limit">Max items (1-100, default 50).</param>
/// <param name="Offset">Items to skip (default 0).</param>
public sealed record ListDatasetVersionsRequest(
    [property: FromRoute(Name = "dataset_id")] Guid DatasetId,
    [property: FromQuery(Name = "limit")] int? Limit,
    [property: FromQuery(Name = "offset")] int? Offset) : IQuery<ListDatasetVersionsResponse>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Viewer;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Dataset(DatasetId);
}
