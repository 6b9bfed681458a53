namespace DataPlatform.Features.Spaces.Collections.CreateSpacesCollection;

internal static class CreateSpacesCollectionSql
{
    public const string Insert =
        """
        INSERT INTO collections (id, project_id, dataset_id, name, members, created_by, created_at, updated_at)
        VALUES (@Id, @ProjectId, @DatasetId, @Name, @Members, @UserId, @Now, @Now)
        """;
}
