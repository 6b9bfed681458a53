namespace DataPlatform.Domain.Timeline;

/// <summary>A row of <c>timeline_events</c>, as every surface reads it: <see cref="Columns"/>, from <c>timeline_events ev</c>.</summary>
public sealed record TimelineEventRow
{
    public const string Table = "timeline_events";

    public const string Columns =
        "ev.id AS Id, ev.project_id AS ProjectId, ev.type AS Type, ev.action AS Action, ev.name AS Name, ev.actor_id AS ActorId, ev.occurred_at AS OccurredAt, ev.details AS Details";

    public required Guid Id { get; init; }

    public required Guid ProjectId { get; init; }

    public required string Type { get; init; }

    public required string Action { get; init; }

    public required string Name { get; init; }

    public required Guid? ActorId { get; init; }

    public required DateTime OccurredAt { get; init; }

    /// <summary>JSON object (<see cref="TimelineJson"/>).</summary>
    public required string? Details { get; init; }
}
