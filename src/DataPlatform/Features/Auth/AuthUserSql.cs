namespace DataPlatform.Features.Auth;

internal static class AuthUserSql
{
    public const string Columns = "id AS Id, email AS Email, name AS Name, namespace AS Namespace, created_at AS CreatedAt";
}
