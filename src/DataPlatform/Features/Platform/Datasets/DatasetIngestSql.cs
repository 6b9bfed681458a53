namespace DataPlatform.Features.Platform.Datasets;

internal static class DatasetIngestSql
{
    /// <summary>Touches a live dataset and answers what a new version needs: its project, its name and the next version's number.</summary>
    public const string Touch =
        """
        UPDATE datasets SET updated_at = @Now WHERE id = @DatasetId AND deleted_at IS NULL
        RETURNING project_id AS ProjectId, name AS Name,
                  (SELECT COALESCE(MAX(v.version), -1) + 1 FROM dataset_versions v WHERE v.dataset_id = @DatasetId) AS NextVersion
        """;
}
