namespace DataPlatform.Infrastructure;

public sealed class AuthOptions
{
    /// <summary>When false, only the first user may register.</summary>
    public bool AllowRegistration { get; set; } = true;

    /// <summary>Base64 HMAC-SHA256 key (at least 32 bytes). Empty: generated on first start and kept in the data directory.</summary>
    public string? JwtSigningKey { get; set; }

    public string Issuer { get; set; } = "DataPlatform";

    public string Audience { get; set; } = "DataPlatform";

    public int TokenLifetimeMinutes { get; set; } = 60 * 24;

    /// <summary>
    /// Registrations allowed per client address within <see cref="RateLimitWindowSeconds"/>, and failed
    /// logins allowed per client address and per account (successful logins are not counted).
    /// </summary>
    public int RateLimitPermits { get; set; } = 10;

    public int RateLimitWindowSeconds { get; set; } = 60;
}
