using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DataPlatform.Infrastructure.Auth;

/// <summary>Issues the HS256 JWTs returned by register and login.</summary>
public sealed class TokenIssuer(JwtSigningKey signingKey, IOptions<DataPlatformOptions> options, Clock clock)
{
    public const string Algorithm = SecurityAlgorithms.HmacSha256;
    private readonly JsonWebTokenHandler _handler = new();

    public IssuedToken Issue(Guid userId, string email)
    {
        var auth = options.Value.Auth;
        var now = clock.UtcNow();
        var expires = now.AddMinutes(auth.TokenLifetimeMinutes);
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = expires,
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, userId.ToString("D")),
                new Claim(JwtRegisteredClaimNames.Email, email),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
            ]),
            SigningCredentials = new SigningCredentials(signingKey.Key, Algorithm),
        });
        return new IssuedToken(token, DateTime.SpecifyKind(expires, DateTimeKind.Utc));
    }
}
