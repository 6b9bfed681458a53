using System.Data.Common;
using Dapper;
using DataPlatform.Domain.Records;

namespace DataPlatform.Features.Tracker;

public static class TrackerExperimentRows
{
    private const string Select =
        $"""
        SELECT {ExperimentRow.Columns},
               u.id AS Id, u.name AS Name, u.email AS Email
        FROM experiments e
        LEFT JOIN users u ON u.id = e.created_by
        """;

    private const string Filter = $" WHERE e.project_id = @ProjectId AND (@Phase IS NULL OR COALESCE(e.phase, '{TrackerMapping.ExperimentPhase}') = @Phase)";

    public const string Count = "SELECT COUNT(*) FROM experiments e" + Filter;

    public const string Page = Select + Filter + " ORDER BY e.created_at, e.id LIMIT @Limit OFFSET @Offset";

    public const string ById = Select + " WHERE e.id = @Id";

    /// <summary>The experiment entries <paramref name="command"/> (<see cref="Page"/> or <see cref="ById"/>) selects.</summary>
    public static Task<IEnumerable<TrackerExperiment>> ReadAsync(DbConnection connection, CommandDefinition command) =>
        connection.QueryAsync<ExperimentRow, TrackerUser?, TrackerExperiment>(command, TrackerMapping.ToEntity, splitOn: "Id");
}
