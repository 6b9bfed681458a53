using DataPlatform.Features.Platform.Datasets.Comparisons;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Datasets.CompareDatasetVersions;

/// <param name="V1">The base version number (required).</param>
/// <param name="V2">The version compared with it (required).</param>
public sealed record CompareDatasetVersionsRequest(
    [property: FromRoute(Name = "dataset_id")] Guid DatasetId,
    [property: FromQuery(Name = "v1")] long? V1,
    [property: FromQuery(Name = "v2")] long? V2) : IQuery<CompareDatasetVersionsResponse>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Viewer;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Dataset(DatasetId);
}
