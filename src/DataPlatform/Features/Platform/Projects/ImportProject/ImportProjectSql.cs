namespace DataPlatform.Features.Platform.Projects.ImportProject;

internal static class ImportProjectSql
{
    public const string ProjectStatus = "UPDATE projects SET status = @Status WHERE id = @Id";

    /// <summary>The registered users whose email is in the list that follows.</summary>
    public const string UsersByEmail = "SELECT id, email FROM users WHERE email IN ";
}
