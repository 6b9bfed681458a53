using System.Text.Json;
using Dapper;
using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Infrastructure.Timeline;

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

/// <summary>One event: <paramref name="Type"/> is what it is about, <paramref name="Action"/> what happened.</summary>
public sealed record TimelineEntry(
    Guid ProjectId,
    TimelineSubject Type,
    TimelineAction Action,
    string Name,
    Guid? ActorId,
    DateTime OccurredAt,
    TimelineDetails? Details = null);

/// <summary>What an event carries beside its type and name; only the fields of its kind are set.</summary>
public sealed record TimelineDetails(
    Guid? UserId = null,
    string? Email = null,
    string? Role = null,
    Guid? DatasetId = null,
    long? Version = null,
    long? Rows = null,
    long? Columns = null,
    Guid? ExperimentId = null,
    string? Status = null,
    string? TargetColumn = null,
    string? ProblemType = null,
    string? BestModelType = null,
    long? Duration = null,
    Guid? ModelId = null,
    string? Stage = null,
    bool? IsActive = null);

public static class TimelineJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static TimelineDetails? Read(string? json) => json is null ? null : JsonSerializer.Deserialize<TimelineDetails>(json, Options);
}
