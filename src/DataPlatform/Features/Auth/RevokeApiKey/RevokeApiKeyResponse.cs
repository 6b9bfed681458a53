namespace DataPlatform.Features.Auth.RevokeApiKey;

public sealed record RevokeApiKeyResponse(bool Ok);
