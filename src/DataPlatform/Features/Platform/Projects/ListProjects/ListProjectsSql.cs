namespace DataPlatform.Features.Platform.Projects.ListProjects;

/// <summary>The query is assembled from these constants only; client input reaches it as parameters.</summary>
internal static class ListProjectsSql
{
    public static readonly IReadOnlyList<string> Statuses = ["active", "archived", "all"];

    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["created_at"] = "p.created_at",
        ["name"] = "lower(p.name)",
    };

    public static readonly IReadOnlyDictionary<string, string> Directions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["asc"] = "ASC",
        ["desc"] = "DESC",
    };

    public const string StatusFilter = "p.status = @Status";

    public const string SearchFilter = @"(lower(p.name) LIKE @Pattern ESCAPE '\' OR lower(COALESCE(p.description, '')) LIKE @Pattern ESCAPE '\')";

    public const string CountFrom = "SELECT COUNT(*) FROM projects p JOIN project_members m ON m.project_id = p.id AND m.user_id = @UserId";
}
