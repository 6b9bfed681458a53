using System.Text.Json;
using Dapper;
using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Domain.Timeline;

/// <summary>
/// Records project activity in the same transaction as the change it describes, so the timeline
/// never shows something that did not happen (or misses something that did).
/// </summary>
public static class ProjectTimeline
{
    /// <summary>The longest event name: the name of a thing, or a member's email.</summary>
    public const int MaxNameLength = 254;

    /// <summary>Events a statement records at most (eight parameters each stay far below both databases' limits).</summary>
    private const int EventsPerInsert = 500;

    private const string Insert = "INSERT INTO timeline_events (id, project_id, type, action, name, actor_id, occurred_at, details) VALUES ";

    /// <summary>Records <paramref name="entry"/> in the command's transaction.</summary>
    public static Task RecordAsync(DatabaseSession session, TimelineEntry entry, CancellationToken cancellationToken) =>
        RecordAllAsync(session, [entry], cancellationToken);

    /// <summary>Records <paramref name="entries"/> in the command's transaction, many in one statement (an import brings thousands).</summary>
    public static async Task RecordAllAsync(DatabaseSession session, IReadOnlyList<TimelineEntry> entries, CancellationToken cancellationToken)
    {
        var transaction = await session.TransactionAsync(cancellationToken);
        foreach (var chunk in entries.Chunk(EventsPerInsert))
        {
            var values = new List<string>(chunk.Length);
            var parameters = new DynamicParameters();
            foreach (var (entry, i) in chunk.Select((entry, i) => (entry, i)))
            {
                values.Add($"(@Id{i}, @ProjectId{i}, @Type{i}, @Action{i}, @Name{i}, @ActorId{i}, @OccurredAt{i}, @Details{i})");
                parameters.Add($"Id{i}", Guid.CreateVersion7());
                parameters.Add($"ProjectId{i}", entry.ProjectId);
                parameters.Add($"Type{i}", entry.Type.ToWire());
                parameters.Add($"Action{i}", entry.Action.ToWire());
                parameters.Add($"Name{i}", entry.Name);
                parameters.Add($"ActorId{i}", entry.ActorId);
                parameters.Add($"OccurredAt{i}", entry.OccurredAt);
                parameters.Add($"Details{i}", entry.Details is null ? null : JsonSerializer.Serialize(entry.Details, TimelineJson.Options));
            }

            await transaction.Connection!.ExecuteAsync(new CommandDefinition(Insert + string.Join(", ", values), parameters, transaction, cancellationToken: cancellationToken));
        }
    }
}
