namespace DataPlatform.Features.Auth.Register;

internal static class RegisterSql
{
    public const string CountUsers = "SELECT COUNT(*) FROM users";

    public const string EmailTaken = "SELECT COUNT(*) FROM users WHERE email = @Email";

    public const string NamespacesLike = "SELECT namespace FROM users WHERE namespace = @Slug OR namespace LIKE @Pattern";

    public const string Insert =
        """
        INSERT INTO users (id, email, name, namespace, password_hash, created_at)
        VALUES (@Id, @Email, @Name, @Namespace, @PasswordHash, @CreatedAt)
        """;
}
