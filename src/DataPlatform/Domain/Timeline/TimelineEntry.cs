namespace DataPlatform.Domain.Timeline;

/// <summary>One event: <paramref name="Type"/> is what it is about, <paramref name="Action"/> what happened.</summary>
public sealed record TimelineEntry(
    Guid ProjectId,
    TimelineSubject Type,
    TimelineAction Action,
    string Name,
    Guid? ActorId,
    DateTime OccurredAt,
    TimelineDetails? Details = null);
