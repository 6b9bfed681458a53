namespace DataPlatform.Features.Spaces.Datasets.UpdateSpacesDataset;

internal static class UpdateSpacesDatasetSql
{
    public const string Update =
        """
        UPDATE datasets SET name = @Name, description = @Description, tags = @Tags, metadata = @Metadata, updated_at = @Now
        WHERE id = @Id
        """;
}
