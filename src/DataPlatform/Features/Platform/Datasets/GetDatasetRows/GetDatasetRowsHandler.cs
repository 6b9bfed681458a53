using DataPlatform.Domain.Datasets;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Profiling;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace DataPlatform.Features.Platform.Datasets.GetDatasetRows;

/// <summary>Reads one page of a version's stored file, typed as the profile typed its columns.</summary>
public sealed class GetDatasetRowsHandler(DatabaseSession session, IArtifactStore artifacts, IOptions<JsonOptions> json) : IQueryHandler<GetDatasetRowsRequest, GetDatasetRowsResponse>
{
    public async ValueTask<GetDatasetRowsResponse> Handle(GetDatasetRowsRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var version = await DatasetVersionRow.RequireAsync(connection, request.DatasetId, request.Version, cancellationToken);
        var schema = version.Schema(json.Value.SerializerOptions);
        var limit = request.Limit ?? GetDatasetRowsRequest.DefaultLimit;
        if ((long)limit * Math.Max(1, schema.Count) > GetDatasetRowsRequest.MaxCells)
        {
            throw new BadRequestException(
                $"A page holds at most {GetDatasetRowsRequest.MaxCells:N0} values; this version has {schema.Count:N0} columns, so 'limit' may be at most {Math.Max(1, GetDatasetRowsRequest.MaxCells / schema.Count):N0}.");
        }

        var offset = request.Offset ?? 0;
        var rows = offset >= version.RowCount
            ? []
            : TableRows.Page(artifacts.PathOf(version.Sha256), version.Dialect, schema.Select(c => c.Dtype).ToList(), offset, limit)
                .Select(row => (IReadOnlyList<object?>)row.Select(JsonSafe).ToArray())
                .ToList();
        return new GetDatasetRowsResponse(
            request.DatasetId, version.Version, offset, limit, version.RowCount, schema.Select(c => new DatasetRowsColumn(c.Name, c.Dtype)).ToList(), rows);
    }

    /// <summary>JSON has no infinities.</summary>
    private static object? JsonSafe(object? value) => value is double number && !double.IsFinite(number) ? null : value;
}
