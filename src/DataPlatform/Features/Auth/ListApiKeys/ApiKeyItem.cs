namespace DataPlatform.Features.Auth.ListApiKeys;

public sealed record ApiKeyItem(Guid Id, string Name, string Prefix, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? ExpiresAt);
