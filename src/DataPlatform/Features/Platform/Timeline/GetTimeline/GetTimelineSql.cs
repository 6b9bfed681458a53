using DataPlatform.Domain.Timeline;

namespace DataPlatform.Features.Platform.Timeline.GetTimeline;

internal static class GetTimelineSql
{
    public const string Count = "SELECT COUNT(*) FROM timeline_events WHERE project_id = @ProjectId";

    public const string Page =
        $"""
        SELECT {TimelineEventRow.Columns}
        FROM timeline_events ev
        WHERE ev.project_id = @ProjectId
        ORDER BY ev.occurred_at, ev.id
        LIMIT @Limit OFFSET @Offset
        """;
}
