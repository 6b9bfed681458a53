using DataPlatform.Infrastructure.Pipeline;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Datasets.DownloadDataset;

/// <param name="Format">csv (default), xlsx or parquet.</param>
/// <param name="Version">The version number (from 0); the newest when omitted.</param>
/// <param name="ExcelSafe">
/// CSV only: prefix text values that start with =, +, -, @, tab or carriage return (and are not numbers)
/// with ' so that a spreadsheet shows them instead of running them. Default false.
/// </param>
public sealed record DownloadDatasetRequest(
    [property: FromRoute(Name = "dataset_id")] Guid DatasetId,
    [property: FromQuery(Name = "format")] string? Format,
    [property: FromQuery(Name = "excel_safe")] bool? ExcelSafe,
    [property: FromQuery(Name = "version")] int? Version = null) : IQuery<DownloadDatasetResponse>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Viewer;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Dataset(DatasetId);
}
