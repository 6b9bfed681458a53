using DataPlatform.Infrastructure.Pipeline;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Datasets.GetDatasetReport;

/// <param name="Version">The version number (from 0); the newest when omitted.</param>
/// <param name="ColumnOffset">The first column (from 0) the page details; columns are detailed 50 to a page.</param>
public sealed record GetDatasetReportRequest(
    [property: FromRoute(Name = "dataset_id")] Guid DatasetId,
    [property: FromQuery(Name = "version")] int? Version,
    [property: FromQuery(Name = "column_offset")] int? ColumnOffset) : IQuery<GetDatasetReportResponse>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Viewer;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Dataset(DatasetId);
}
