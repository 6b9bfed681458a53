namespace DataPlatform.Features.Auth.GetMe;

internal static class GetMeSql
{
    public const string FindById = $"SELECT {AuthUserSql.Columns} FROM users WHERE id = @Id";
}
