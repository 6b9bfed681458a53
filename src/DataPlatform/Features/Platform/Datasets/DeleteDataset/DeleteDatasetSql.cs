namespace DataPlatform.Features.Platform.Datasets.DeleteDataset;

internal static class DeleteDatasetSql
{
    public const string Dataset = "SELECT project_id AS ProjectId, name AS Name FROM datasets WHERE id = @DatasetId";

    /// <summary>Versions go with it (ON DELETE CASCADE).</summary>
    public const string Delete = "DELETE FROM datasets WHERE id = @DatasetId";
}
