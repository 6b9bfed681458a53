namespace DataPlatform.Features.Auth.ListApiKeys;

public sealed record ListApiKeysResponse(IReadOnlyList<ApiKeyItem> Items, long Total, int Limit, int Offset);
