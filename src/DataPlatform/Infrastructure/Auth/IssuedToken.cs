namespace DataPlatform.Infrastructure.Auth;

public sealed record IssuedToken(string Token, DateTime ExpiresAt);
