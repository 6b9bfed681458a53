using System.Text.Json;
using DataPlatform.Domain.Datasets;
using DataPlatform.Features.Platform.Reports;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Profiling;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace DataPlatform.Features.Platform.Datasets.GetDatasetReport;

/// <summary>
/// Draws the profile stored with the version: its statistics, quality report and alerts are not
/// computed again; only the file's first rows are read (the head of the file, not the whole of it).
/// </summary>
public sealed class GetDatasetReportHandler(
    DatabaseSession session, IArtifactStore artifacts, ReportRenderer renderer, IOptions<JsonOptions> json, ILogger<GetDatasetReportHandler> logger)
    : IQueryHandler<GetDatasetReportRequest, GetDatasetReportResponse>
{
    public async ValueTask<GetDatasetReportResponse> Handle(GetDatasetReportRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var version = await DatasetVersionRow.RequireAsync(connection, request.DatasetId, request.Version, cancellationToken);
        var options = json.Value.SerializerOptions;
        var statistics = JsonSerializer.Deserialize<DatasetStatistics>(version.StatisticsJson!, options)!;
        var quality = JsonSerializer.Deserialize<QualityReport>(version.QualityJson!, options)!;
        var offset = request.ColumnOffset ?? 0;
        if (offset > 0 && offset >= statistics.Columns.Count)
        {
            throw new BadRequestException($"'column_offset' must be below the number of columns ({statistics.Columns.Count}).");
        }

        var model = new ProfileReportModel
        {
            Title = version.DatasetName,
            Version = version.Version,
            FileName = version.FileName,
            Format = version.Format,
            FileBytes = version.Size,
            CreatedAt = version.CreatedAt,
            Statistics = statistics,
            Quality = quality,
            Alerts = Alerts.Of(statistics, quality),
            FirstRows = ReadFirstRows(version, options),
            ColumnOffset = offset,
            PageLink = from => $"/api/datasets/{request.DatasetId}/report?version={version.Version}&column_offset={from}",
        };
        return new GetDatasetReportResponse(await renderer.RenderAsync<ProfileReport>(new Dictionary<string, object?> { [nameof(ProfileReport.Model)] = model }));
    }

    private IReadOnlyList<object?[]> ReadFirstRows(DatasetVersionRow version, JsonSerializerOptions options)
    {
        try
        {
            return TableRows.Preview(artifacts.PathOf(version.Sha256), version.Dialect, version.Schema(options).Select(c => c.Dtype).ToList(), ProfileReportPages.FirstRows).ToList();
        }
        catch (Exception exception) when (exception is IOException or InvalidDataFileException)
        {
            // The details (a path on this server) go to the log; the report says it has no rows to show.
            logger.LogWarning(exception, "No first rows for the report of dataset version {VersionId}", version.Id);
            return [];
        }
    }
}
