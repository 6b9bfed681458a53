namespace DataPlatform.Features.Platform.Datasets.ListDatasets;

/// <summary>The query is assembled from these constants only; client input reaches it as parameters.</summary>
internal static class ListDatasetsSql
{
    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["created_at"] = "d.created_at",
        ["name"] = "lower(d.name)",
        ["rows"] = "COALESCE(v.row_count, -1)",
        ["columns"] = "COALESCE(v.column_count, -1)",
        ["project_name"] = "lower(p.name)",
    };

    public static readonly IReadOnlyDictionary<string, string> Directions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["asc"] = "ASC",
        ["desc"] = "DESC",
    };

    /// <summary>Datasets in the caller's projects, each with its newest version (none for datasets logged without a file).</summary>
    public const string From =
        """
        FROM datasets d
        JOIN projects p ON p.id = d.project_id AND d.deleted_at IS NULL
        JOIN project_members m ON m.project_id = d.project_id AND m.user_id = @UserId
        LEFT JOIN dataset_versions v ON v.dataset_id = d.id AND v.version = (SELECT MAX(x.version) FROM dataset_versions x WHERE x.dataset_id = d.id)
        """;

    public const string Columns =
        """
        SELECT d.id AS Id, d.name AS Name, d.description AS Description, d.project_id AS ProjectId, p.name AS ProjectName,
               v.id AS DatasetVersionId, v.version AS Version, v.row_count AS Rows, v.column_count AS Columns,
               d.created_at AS CreatedAt, d.updated_at AS UpdatedAt
        """;

    public const string ProjectFilter = "d.project_id = @ProjectId";

    public const string SearchFilter = @"(lower(d.name) LIKE @Pattern ESCAPE '\' OR lower(COALESCE(d.description, '')) LIKE @Pattern ESCAPE '\')";
}
