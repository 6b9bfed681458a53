namespace DataPlatform.Infrastructure.Text;

/// <summary>Emails are compared and stored trimmed and lower-cased.</summary>
public static class Emails
{
    public const int MaxLength = 254;

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    /// <summary>One '@' with something before and after it: the rest is for the mail server to judge.</summary>
    public static bool IsValid(string normalized)
    {
        var at = normalized.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < normalized.Length - 1 && at == normalized.LastIndexOf('@') && !normalized.Contains(' ', StringComparison.Ordinal);
    }
}
