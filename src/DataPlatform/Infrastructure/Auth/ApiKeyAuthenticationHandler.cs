using System.Security.Claims;
using System.Text.Encodings.Web;
using Dapper;
using DataPlatform.Infrastructure.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace DataPlatform.Infrastructure.Auth;

/// <summary>Authenticates <c>Authorization: Bearer dp_...</c> against the stored key hashes.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    DatabaseSession session,
    Clock clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "ApiKey";

    // last_used_at is a hint for users, not an audit log: write it at most once a minute per key.
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerToken.From(Request) is not { } token || !ApiKeys.LooksLikeApiKey(token))
        {
            return AuthenticateResult.NoResult();
        }

        var connection = await session.ConnectionAsync(Context.RequestAborted);
        var key = await connection.QuerySingleOrDefaultAsync<StoredKey>(new CommandDefinition(
            """
            SELECT k.id AS Id, k.user_id AS UserId, u.email AS Email, k.expires_at AS ExpiresAt, k.last_used_at AS LastUsedAt
            FROM api_keys k JOIN users u ON u.id = k.user_id
            WHERE k.key_hash = @Hash
            """,
            new { Hash = ApiKeys.Hash(token) },
            cancellationToken: Context.RequestAborted));
        var now = clock.UtcNow();
        if (key is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        if (key.ExpiresAt is { } expiresAt && expiresAt <= now)
        {
            return AuthenticateResult.Fail("The API key has expired.");
        }

        if (key.LastUsedAt is null || now - key.LastUsedAt.Value >= LastUsedResolution)
        {
            await connection.ExecuteWriteAsync("UPDATE api_keys SET last_used_at = @Now WHERE id = @Id", new { Now = now, key.Id }, Context.RequestAborted);
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, key.UserId.ToString("D")),
                new Claim(JwtRegisteredClaimNames.Email, key.Email),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private sealed record StoredKey(Guid Id, Guid UserId, string Email, DateTime? ExpiresAt, DateTime? LastUsedAt);
}
