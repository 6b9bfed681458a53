using DataPlatform.Infrastructure.Pipeline;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Datasets.GetDatasetRows;

/// <param name="Version">The version number (from 0); the newest when omitted.</param>
/// <param name="Offset">The first row (from 0); 0 when omitted.</param>
/// <param name="Limit">Rows on the page, 1 to 1,000 (and at most 100,000 cells: rows times columns); 50 when omitted.</param>
public sealed record GetDatasetRowsRequest(
    [property: FromRoute(Name = "dataset_id")] Guid DatasetId,
    [property: FromQuery(Name = "version")] int? Version,
    [property: FromQuery(Name = "offset")] long? Offset,
    [property: FromQuery(Name = "limit")] int? Limit) : IQuery<GetDatasetRowsResponse>, IProjectScoped
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 1_000;

    /// <summary>Values on one page at most, whatever the number of columns: a page's memory and size follow it.</summary>
    public const int MaxCells = 100_000;

    public static ProjectRole RequiredRole => ProjectRole.Viewer;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Dataset(DatasetId);
}
