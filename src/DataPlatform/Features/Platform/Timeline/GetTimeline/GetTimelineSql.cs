namespace DataPlatform.Features.Platform.Timeline.GetTimeline;

internal static class GetTimelineSql
{
    public const string Count = "SELECT COUNT(*) FROM timeline_events WHERE project_id = @ProjectId";

    public const string Page =
        """
        SELECT id AS Id, type AS Type, action AS Action, name AS Name, occurred_at AS OccurredAt, actor_id AS ActorId, details AS Details
        FROM timeline_events
        WHERE project_id = @ProjectId
        ORDER BY occurred_at, id
        LIMIT @Limit OFFSET @Offset
        """;
}
