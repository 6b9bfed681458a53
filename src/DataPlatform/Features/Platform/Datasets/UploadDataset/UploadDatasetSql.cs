namespace DataPlatform.Features.Platform.Datasets.UploadDataset;

internal static class UploadDatasetSql
{
    public const string InsertDataset =
        """
        INSERT INTO datasets (id, project_id, name, description, created_by, created_at, updated_at)
        VALUES (@Id, @ProjectId, @Name, @Description, @UserId, @Now, @Now)
        """;
}
