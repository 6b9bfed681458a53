namespace DataPlatform.Features.Spaces.Collections.UpdateSpacesCollection;

internal static class UpdateSpacesCollectionSql
{
    public const string Update = "UPDATE collections SET name = @Name, members = @Members, updated_at = @Now WHERE id = @Id";
}
