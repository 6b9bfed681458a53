using System.Security.Claims;
using DataPlatform.Infrastructure.Auth;

namespace DataPlatform.Tests.Infrastructure;

/// <summary>A validated token is answered from memory until it expires, and only the exact token is.</summary>
public sealed class ValidatedTokensTests
{
    private static readonly ClaimsPrincipal Principal = new(new ClaimsIdentity([new Claim("sub", "someone")], "Jwt"));

    [Fact]
    public void A_token_is_found_until_it_expires_and_only_as_it_was_sent()
    {
        using var tokens = new ValidatedTokens();
        tokens.Add("header.payload.signature", Principal, DateTime.UtcNow.AddMinutes(5));
        tokens.Add("header.payload.expired", Principal, DateTime.UtcNow.AddSeconds(-1));

        Assert.Same(Principal, tokens.Find("header.payload.signature"));
        Assert.Null(tokens.Find("header.payload.signaturE"));
        Assert.Null(tokens.Find("header.payload.expired"));
    }
}
