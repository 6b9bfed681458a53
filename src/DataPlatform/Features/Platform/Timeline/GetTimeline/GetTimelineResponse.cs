namespace DataPlatform.Features.Platform.Timeline.GetTimeline;

public sealed record GetTimelineResponse(Guid ProjectId, IReadOnlyList<TimelineEventItem> Events, long Total, int Limit, int Offset);
