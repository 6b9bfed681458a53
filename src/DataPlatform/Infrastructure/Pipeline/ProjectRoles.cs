namespace DataPlatform.Infrastructure.Pipeline;

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
