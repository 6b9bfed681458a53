namespace DataPlatform.Domain.Timeline;

/// <summary>What happened; its wire name is the snake_case of the member (<see cref="TimelineWire"/>).</summary>
public enum TimelineAction
{
    Created,
    Updated,
    Deleted,
    Added,
    Removed,
    RoleChanged,
    Uploaded,
    VersionAdded,
    Logged,
}
