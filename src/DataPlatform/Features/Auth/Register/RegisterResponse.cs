namespace DataPlatform.Features.Auth.Register;

public sealed record RegisterResponse(AuthUser User, string Token, DateTime ExpiresAt);
