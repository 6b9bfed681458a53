namespace DataPlatform.Features.Auth.Login;

internal static class LoginSql
{
    public const string FindByEmail = $"SELECT {AuthUserSql.Columns}, password_hash AS PasswordHash FROM users WHERE email = @Email";

    public const string UpdateHash = "UPDATE users SET password_hash = @PasswordHash WHERE id = @Id";
}
