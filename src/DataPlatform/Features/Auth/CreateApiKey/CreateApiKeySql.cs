namespace DataPlatform.Features.Auth.CreateApiKey;

internal static class CreateApiKeySql
{
    public const string CountForUser = "SELECT COUNT(*) FROM api_keys WHERE user_id = @UserId";

    public const string Insert =
        """
        INSERT INTO api_keys (id, user_id, name, prefix, key_hash, created_at, expires_at)
        VALUES (@Id, @UserId, @Name, @Prefix, @KeyHash, @CreatedAt, @ExpiresAt)
        """;
}
