namespace DataPlatform.Features.Platform.Datasets.ListDatasetVersions;

internal static class ListDatasetVersionsSql
{
    public const string Count = "SELECT COUNT(*) FROM dataset_versions WHERE dataset_id = @DatasetId";

    public const string Page =
        """
        SELECT v.id AS Id, v.dataset_id AS DatasetId, v.version AS Version, v.row_count AS RowCount, v.column_count AS ColumnCount,
               v.description AS Description, u.name AS CreatedByName, v.created_at AS CreatedAt
        FROM dataset_versions v LEFT JOIN users u ON u.id = v.created_by
        WHERE v.dataset_id = @DatasetId
        ORDER BY v.version
        LIMIT @Limit OFFSET @Offset
        """;
}
