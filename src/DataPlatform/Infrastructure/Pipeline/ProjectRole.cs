namespace DataPlatform.Infrastructure.Pipeline;

/// <summary>A member's role in a project; a higher value can do everything a lower one can.</summary>
public enum ProjectRole
{
    Viewer = 1,
    Editor = 2,
    Owner = 3,
}

public static class ProjectRoles
{
    public static IReadOnlyList<string> WireNames { get; } = ["owner", "editor", "viewer"];

    public static string ToWire(this ProjectRole role) => role switch
    {
        ProjectRole.Owner => "owner",
        ProjectRole.Editor => "editor",
        _ => "viewer",
    };

    public static ProjectRole? Parse(string? value) => value switch
    {
        "owner" => ProjectRole.Owner,
        "editor" => ProjectRole.Editor,
        "viewer" => ProjectRole.Viewer,
        _ => null,
    };
}
