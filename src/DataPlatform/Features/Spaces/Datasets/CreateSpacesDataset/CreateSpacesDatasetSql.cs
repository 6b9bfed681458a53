namespace DataPlatform.Features.Spaces.Datasets.CreateSpacesDataset;

internal static class CreateSpacesDatasetSql
{
    public const string Insert =
        """
        INSERT INTO datasets (id, project_id, name, description, tags, metadata, created_by, created_at, updated_at)
        VALUES (@Id, @ProjectId, @Name, @Description, @Tags, @Metadata, @UserId, @Now, @Now)
        """;
}
