namespace DataPlatform.Features.Auth.Login;

public sealed record LoginResponse(string Token, DateTime ExpiresAt, AuthUser User);
