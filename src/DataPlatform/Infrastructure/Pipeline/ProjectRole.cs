namespace DataPlatform.Infrastructure.Pipeline;

/// <summary>A member's role in a project; a higher value can do everything a lower one can.</summary>
public enum ProjectRole
{
    Viewer = 1,
    Editor = 2,
    Owner = 3,
}
