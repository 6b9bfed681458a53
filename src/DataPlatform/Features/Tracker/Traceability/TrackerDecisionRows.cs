using System.Data.Common;
using Dapper;
using DataPlatform.Domain.Traceability;

namespace DataPlatform.Features.Tracker;

public static class TrackerDecisionRows
{
    private const string Select =
        $"""
        SELECT {DecisionRow.Columns},
               u.id AS Id, u.name AS Name, u.email AS Email
        FROM decisions dc
        LEFT JOIN users u ON u.id = dc.created_by
        """;

    private const string Filter = " WHERE dc.project_id = @ProjectId AND (@Phase IS NULL OR dc.phase = @Phase)";

    public const string Count = "SELECT COUNT(*) FROM decisions dc" + Filter;

    public const string Page = Select + Filter + " ORDER BY dc.created_at, dc.id LIMIT @Limit OFFSET @Offset";

    public const string ById = Select + " WHERE dc.id = @Id";

    /// <summary>The decision entries <paramref name="command"/> (<see cref="Page"/> or <see cref="ById"/>) selects.</summary>
    public static Task<IEnumerable<TrackerDecision>> ReadAsync(DbConnection connection, CommandDefinition command) =>
        connection.QueryAsync<DecisionRow, TrackerUser?, TrackerDecision>(command, TrackerMapping.ToEntity, splitOn: "Id");
}
