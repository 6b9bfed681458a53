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

    /// <summary>Records <paramref name="entry"/> in the command's transaction.</summary>
    public static async Task RecordAsync(DatabaseSession session, TimelineEntry entry, CancellationToken cancellationToken)
    {
        var transaction = await session.TransactionAsync(cancellationToken);
        await transaction.Connection!.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO timeline_events (id, project_id, type, action, name, actor_id, occurred_at, details)
            VALUES (@Id, @ProjectId, @Type, @Action, @Name, @ActorId, @OccurredAt, @Details)
            """,
            new
            {
                Id = Guid.CreateVersion7(),
                entry.ProjectId,
                Type = entry.Type.ToWire(),
                Action = entry.Action.ToWire(),
                entry.Name,
                entry.ActorId,
                entry.OccurredAt,
                Details = entry.Details is null ? null : JsonSerializer.Serialize(entry.Details, TimelineJson.Options),
            },
            transaction,
            cancellationToken: cancellationToken));
    }
}
