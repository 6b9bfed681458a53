namespace DataPlatform.Domain.Datasets;

internal static class DatasetStoreSql
{
    /// <summary>Deletes a live dataset and answers its project and name; versions go with it (ON DELETE CASCADE).</summary>
    public const string Delete = "DELETE FROM datasets WHERE id = @DatasetId AND deleted_at IS NULL RETURNING project_id AS ProjectId, name AS Name";
}
