namespace DataPlatform.Features.Platform.Datasets.CreateDatasetVersion;

internal static class CreateDatasetVersionSql
{
    public const string Dataset = "SELECT project_id AS ProjectId, name AS Name FROM datasets WHERE id = @DatasetId AND deleted_at IS NULL";
}
