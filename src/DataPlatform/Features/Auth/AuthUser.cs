namespace DataPlatform.Features.Auth;

/// <summary>The user object of register, login and me.</summary>
public sealed record AuthUser(Guid Id, string Email, string Name, string Namespace, DateTime CreatedAt);
