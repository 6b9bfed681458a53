namespace DataPlatform.Features.Spaces.Datasets.DeleteSpacesDataset;

internal static class DeleteSpacesDatasetSql
{
    public const string SoftDelete = "UPDATE datasets SET deleted_at = @Now, updated_at = @Now WHERE id = @Id";
}
