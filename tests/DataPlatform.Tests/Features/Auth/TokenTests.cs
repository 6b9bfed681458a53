using System.Net;
using System.Security.Claims;
using System.Text;
using Dapper;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DataPlatform.Tests.Features.Auth;

public abstract class TokenTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TestApp
{
    private readonly TestApp app = app.RequireDatabase();

    [Fact]
    public async Task Me_returns_the_caller()
    {
        var user = await app.RegisterAsync(name: "Maria Garcia");

        var body = await (await user.Client.GetAsync("/api/auth/me")).ReadJsonAsync();

        Assert.Equal(user.Id.ToString(), body["user"]!["id"]!.GetValue<string>());
        Assert.Equal("Maria Garcia", body["user"]!["name"]!.GetValue<string>());
        Assert.Equal(user.Namespace, body["user"]!["namespace"]!.GetValue<string>());
    }

    [Fact]
    public async Task Returns_401_without_a_token()
    {
        var response = await app.Anonymous().GetAsync("/api/auth/me");

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")]
    [InlineData("dp_not-a-real-key")]
    public async Task Returns_401_for_a_malformed_or_unknown_token(string token)
    {
        var response = await app.WithToken(token).GetAsync("/api/auth/me");

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Returns_401_for_an_expired_token()
    {
        var user = await app.RegisterAsync();
        var token = Forge(user, expires: DateTime.UtcNow.AddMinutes(-5));

        await (await app.WithToken(token).GetAsync("/api/auth/me")).AssertErrorAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Returns_401_for_a_token_from_another_issuer_or_audience()
    {
        var user = await app.RegisterAsync();

        await (await app.WithToken(Forge(user, issuer: "someone-else")).GetAsync("/api/auth/me")).AssertErrorAsync(HttpStatusCode.Unauthorized);
        await (await app.WithToken(Forge(user, audience: "someone-else")).GetAsync("/api/auth/me")).AssertErrorAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Returns_401_for_a_token_signed_with_another_key_or_algorithm()
    {
        var user = await app.RegisterAsync();
        var otherKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(new string('k', 64)));

        await (await app.WithToken(Forge(user, key: otherKey)).GetAsync("/api/auth/me")).AssertErrorAsync(HttpStatusCode.Unauthorized);
        await (await app.WithToken(Forge(user, algorithm: SecurityAlgorithms.HmacSha512)).GetAsync("/api/auth/me")).AssertErrorAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_forged_token_with_the_right_key_and_claims_works()
    {
        var user = await app.RegisterAsync();

        var response = await app.WithToken(Forge(user)).GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_token_of_a_deleted_user_stops_working_at_once()
    {
        var user = await app.RegisterAsync();
        var project = await user.CreateProjectAsync();
        var space = await user.SpacesPathAsync(project);
        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync("/api/auth/me")).StatusCode);

        await using (var connection = await app.Database.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("DELETE FROM users WHERE id = @Id", new { user.Id });
        }

        // Every kind of route: the caller's own, a list across the caller's projects, a project, a project by slug, one that does not exist.
        foreach (var path in new[] { "/api/auth/me", "/api/datasets", $"/api/projects/{project}", $"{space}/datasets", $"/api/projects/{Guid.NewGuid()}" })
        {
            Assert.Equal("The token's user no longer exists.", await (await user.Client.GetAsync(path)).AssertErrorAsync(HttpStatusCode.Unauthorized));
        }
    }

    private string Forge(
        TestUser user,
        DateTime? expires = null,
        string issuer = "DataPlatform",
        string audience = "DataPlatform",
        SecurityKey? key = null,
        string algorithm = SecurityAlgorithms.HmacSha256)
    {
        var notBefore = (expires ?? DateTime.UtcNow.AddHours(1)).AddHours(-2);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore,
            IssuedAt = notBefore,
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            Subject = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, user.Id.ToString())]),
            SigningCredentials = new SigningCredentials(key ?? app.Services.GetRequiredService<JwtSigningKey>().Key, algorithm),
        });
    }
}

public sealed class TokenTestsOnSqlite(SqliteApp app) : TokenTests<SqliteApp>(app);

public sealed class TokenTestsOnPostgres(PostgresApp app) : TokenTests<PostgresApp>(app);
