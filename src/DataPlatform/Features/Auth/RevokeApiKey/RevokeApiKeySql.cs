namespace DataPlatform.Features.Auth.RevokeApiKey;

internal static class RevokeApiKeySql
{
    public const string Delete = "DELETE FROM api_keys WHERE id = @Id AND user_id = @UserId";
}
