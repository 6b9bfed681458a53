namespace DataPlatform.Features.Platform.Datasets.GetDataset;

internal static class GetDatasetSql
{
    public const string Dataset =
        """
        SELECT id AS Id, name AS Name, description AS Description, project_id AS ProjectId, created_at AS CreatedAt, updated_at AS UpdatedAt
        FROM datasets WHERE id = @DatasetId AND deleted_at IS NULL
        """;
}
