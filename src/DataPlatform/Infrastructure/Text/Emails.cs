namespace DataPlatform.Infrastructure.Text;

/// <summary>Emails are compared and stored trimmed and lower-cased.</summary>
public static class Emails
{
    public const int MaxLength = 254;

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
