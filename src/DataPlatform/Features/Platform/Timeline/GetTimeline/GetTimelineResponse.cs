using System.Text.Json.Serialization;

namespace DataPlatform.Features.Platform.Timeline.GetTimeline;

public sealed record GetTimelineResponse(Guid ProjectId, IReadOnlyList<TimelineEventItem> Events, long Total, int Limit, int Offset);

/// <summary>One event. Fields after <c>actor_id</c> appear only on the event types that carry them.</summary>
/// <param name="Type">What the event is about: project, member or dataset.</param>
/// <param name="Action">What happened: created, updated, added, removed, role_changed (projects and members); uploaded, version_added, deleted (datasets).</param>
/// <param name="Name">The name of the thing (project name, member email, dataset name).</param>
/// <param name="ActorId">The user who did it; null if that user has since been deleted.</param>
/// <param name="UserId">Member events: the member.</param>
/// <param name="Email">Member events: the member's email.</param>
/// <param name="Role">Member events: the member's role after the change.</param>
/// <param name="DatasetId">Dataset events: the dataset.</param>
/// <param name="Version">Dataset uploads and new versions: the version number.</param>
/// <param name="Rows">Dataset uploads and new versions: rows of that version.</param>
/// <param name="Columns">Dataset uploads and new versions: columns of that version.</param>
public sealed record TimelineEventItem(
    Guid Id,
    string Type,
    string Action,
    string Name,
    DateTime Timestamp,
    Guid? ActorId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? UserId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Email,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Role,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? DatasetId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Version,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Rows,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Columns);
