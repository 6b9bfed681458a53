namespace DataPlatform.Features.Auth.CreateApiKey;

/// <param name="Key">The secret; shown once, never stored.</param>
public sealed record CreateApiKeyResponse(Guid Id, string Name, string Key, string Prefix, DateTime CreatedAt, DateTime? ExpiresAt);
