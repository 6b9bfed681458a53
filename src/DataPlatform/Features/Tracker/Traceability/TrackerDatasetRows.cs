using System.Data.Common;
using Dapper;
using DataPlatform.Domain.Datasets;

namespace DataPlatform.Features.Tracker;

/// <summary>The queries behind the dataset entries; a dataset logged without a phase counts as data_understanding.</summary>
public static class TrackerDatasetRows
{
    private const string Select =
        $"""
        SELECT {DatasetRow.Columns},
               v.file_name AS FileName, v.row_count AS RowCount,
               u.id AS Id, u.name AS Name, u.email AS Email
        FROM datasets d
        LEFT JOIN dataset_versions v ON v.dataset_id = d.id AND v.version = (SELECT MAX(x.version) FROM dataset_versions x WHERE x.dataset_id = d.id)
        LEFT JOIN users u ON u.id = d.created_by
        """;

    private const string Filter = $" WHERE d.project_id = @ProjectId AND d.deleted_at IS NULL AND (@Phase IS NULL OR COALESCE(d.phase, '{TrackerMapping.DatasetPhase}') = @Phase)";

    public const string Count = "SELECT COUNT(*) FROM datasets d" + Filter;

    public const string Page = Select + Filter + " ORDER BY d.created_at, d.id LIMIT @Limit OFFSET @Offset";

    public const string ById = Select + " WHERE d.id = @Id";

    /// <summary>The dataset entries <paramref name="command"/> (<see cref="Page"/> or <see cref="ById"/>) selects.</summary>
    public static Task<IEnumerable<TrackerDataset>> ReadAsync(DbConnection connection, CommandDefinition command) =>
        connection.QueryAsync<DatasetRow, TrackerDatasetFile?, TrackerUser?, TrackerDataset>(command, TrackerMapping.ToEntity, splitOn: $"{nameof(TrackerDatasetFile.FileName)},Id");
}
