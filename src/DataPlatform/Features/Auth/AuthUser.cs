namespace DataPlatform.Features.Auth;

/// <summary>The user object of register, login and me.</summary>
public sealed record AuthUser(Guid Id, string Email, string Name, string Namespace, DateTime CreatedAt);

internal static class AuthUserSql
{
    public const string Columns = "id AS Id, email AS Email, name AS Name, namespace AS Namespace, created_at AS CreatedAt";
}
