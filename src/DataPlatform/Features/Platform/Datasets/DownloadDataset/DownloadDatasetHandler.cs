using DataPlatform.Domain.Datasets;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Text;
using DataPlatform.Profiling;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace DataPlatform.Features.Platform.Datasets.DownloadDataset;

public sealed class DownloadDatasetHandler(DatabaseSession session, IArtifactStore artifacts, IOptions<JsonOptions> json, ILogger<DownloadDatasetHandler> logger)
    : IQueryHandler<DownloadDatasetRequest, DownloadDatasetResponse>
{
    private const string UseCsv = "Download it as CSV instead (format=csv).";

    public async ValueTask<DownloadDatasetResponse> Handle(DownloadDatasetRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var version = await DatasetVersionRow.RequireAsync(connection, request.DatasetId, request.Version, cancellationToken);

        var format = request.Format ?? DownloadFormats.Csv;
        var fileName = $"{Slugs.FromText(version.DatasetName, "dataset")}-v{version.Version}.{format}";
        var path = artifacts.PathOf(version.Sha256);
        var columns = version.Schema(json.Value.SerializerOptions).Select(c => (c.Name, c.Dtype)).ToList();
        logger.LogInformation("Download of dataset version {VersionId} as {Format}", version.Id, format);
        var gone = new NotFoundException($"Dataset {request.DatasetId} was deleted while its download was being prepared.");
        if (!File.Exists(path))
        {
            throw gone;
        }

        try
        {
            return await PrepareAsync(request, version, format, fileName, path, columns, cancellationToken);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw gone;
        }
    }

    private async Task<DownloadDatasetResponse> PrepareAsync(
        DownloadDatasetRequest request, DatasetVersionRow version, string format, string fileName, string path, List<(string Name, string Dtype)> columns, CancellationToken cancellationToken)
    {
        var contentType = DownloadFormats.All[format];
        switch (format)
        {
            case DownloadFormats.Csv when version.Format == "csv" && request.ExcelSafe != true:
                return new DownloadDatasetResponse(fileName, contentType, artifacts.OpenRead(version.Sha256), null);
            case DownloadFormats.Csv when version.Format == "csv":
                return new DownloadDatasetResponse(fileName, contentType, null, (body, token) => TableExport.WriteCsvFromCsvAsync(path, version.Dialect, body, excelSafe: true, token));
            case DownloadFormats.Csv:
                return new DownloadDatasetResponse(fileName, contentType, null, (body, token) => TableExport.WriteCsvAsync(path, version.Dialect, columns, body, request.ExcelSafe == true, token));
            case DownloadFormats.Xlsx:
                RefuseOverSheetLimits(version);
                return new DownloadDatasetResponse(fileName, contentType, await ConvertAsync(file => WriteSheet(path, columns, version, file, cancellationToken)), null);
            default:
                return new DownloadDatasetResponse(fileName, contentType, await ConvertAsync(file => TableExport.WriteParquetAsync(path, version.Dialect, columns, file, cancellationToken).GetAwaiter().GetResult()), null);
        }
    }

    private static void RefuseOverSheetLimits(DatasetVersionRow version)
    {
        if (version.RowCount + 1 > TableExport.XlsxMaxRows)
        {
            throw new UnprocessableException($"The dataset has {version.RowCount:N0} rows; an XLSX sheet holds at most {TableExport.XlsxMaxRows - 1:N0} below its header. {UseCsv}");
        }

        if (version.ColumnCount > TableExport.XlsxMaxColumns)
        {
            throw new UnprocessableException($"The dataset has {version.ColumnCount:N0} columns; an XLSX sheet holds at most {TableExport.XlsxMaxColumns:N0}. {UseCsv}");
        }
    }

    private static void WriteSheet(string path, IReadOnlyList<(string, string)> columns, DatasetVersionRow version, Stream file, CancellationToken cancellationToken)
    {
        try
        {
            TableExport.WriteXlsx(path, version.Dialect, columns, version.RowCount, version.LongestValue, file, cancellationToken);
        }
        catch (InvalidDataFileException exception)
        {
            throw new UnprocessableException($"The dataset does not fit an XLSX sheet. {exception.Message} {UseCsv}");
        }
    }

    /// <summary>Writes a conversion to a temporary file (deleted when closed) and returns it from its start.</summary>
    private async Task<Stream> ConvertAsync(Action<FileStream> write)
    {
        var file = artifacts.CreateTemporaryFile();
        try
        {
            await Task.Run(() => write(file));
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
