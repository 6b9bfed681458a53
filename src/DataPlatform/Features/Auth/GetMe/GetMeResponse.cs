namespace DataPlatform.Features.Auth.GetMe;

public sealed record GetMeResponse(AuthUser User);
