namespace DataPlatform.Features.Auth.ListApiKeys;

internal static class ListApiKeysSql
{
    public const string Count = "SELECT COUNT(*) FROM api_keys WHERE user_id = @UserId";

    public const string Page =
        """
        SELECT id AS Id, name AS Name, prefix AS Prefix, created_at AS CreatedAt, last_used_at AS LastUsedAt, expires_at AS ExpiresAt
        FROM api_keys
        WHERE user_id = @UserId
        ORDER BY created_at DESC, id DESC
        LIMIT @Limit OFFSET @Offset
        """;
}
