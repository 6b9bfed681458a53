using Dapper;
using DataPlatform.Domain.Datasets;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Profiling;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace DataPlatform.Features.Platform.Datasets.GetDataset;

public sealed class GetDatasetHandler(DatabaseSession session, IArtifactStore artifacts, PreviewCache previews, IOptions<JsonOptions> json, ILogger<GetDatasetHandler> logger)
    : IQueryHandler<GetDatasetRequest, GetDatasetResponse>
{
    private const int PreviewRows = 20;

    public async ValueTask<GetDatasetResponse> Handle(GetDatasetRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var (dataset, version) = (await connection.QueryAsync<DatasetRow, DatasetVersionRow?, (DatasetRow, DatasetVersionRow?)>(
            new CommandDefinition(GetDatasetSql.DatasetWithLatestVersion, new { request.DatasetId }, cancellationToken: cancellationToken),
            (found, latest) => (found, latest),
            splitOn: nameof(DatasetVersionRow.Id)))
            .SingleOrDefault();
        if (dataset is null)
        {
            throw new NotFoundException($"Dataset {request.DatasetId} not found.");
        }

        var detail = new DatasetDetail(
            dataset.Id, dataset.Name, dataset.Description, dataset.ProjectId, version?.RowCount, version?.ColumnCount,
            version?.Id, version?.Version, version?.ArtifactId, version?.FileName, version?.Format, CsvReading.Of(version), dataset.CreatedAt, dataset.UpdatedAt);
        if (version is null)
        {
            return new GetDatasetResponse(detail, [], "This dataset has no uploaded file yet.");
        }

        try
        {
            var rows = previews.GetOrRead(version.Id, () =>
            {
                var schema = version.Schema(json.Value.SerializerOptions);
                return TableRows.Preview(artifacts.PathOf(version.Sha256), version.Dialect, schema.Select(c => c.Dtype).ToList(), PreviewRows)
                    .Select(row => (IReadOnlyDictionary<string, object?>)schema.Select((column, i) => (column.Name, Value: JsonSafe(row[i])))
                        .ToDictionary(x => x.Name, x => x.Value))
                    .ToList();
            });
            return new GetDatasetResponse(detail, rows, null);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataFileException)
        {
            // The details (a path on this server) go to the log, not to the client.
            logger.LogWarning(exception, "No preview for dataset version {VersionId}", version.Id);
            return new GetDatasetResponse(detail, [], "The stored file could not be read for a preview; the administrator's log has the details.");
        }
    }

    /// <summary>JSON has no infinities.</summary>
    private static object? JsonSafe(object? value) => value is double number && !double.IsFinite(number) ? null : value;
}
