using System.Net;
using System.Net.Http.Json;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Features.Auth;

public abstract class LoginTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TestApp
{
    private readonly TestApp app = app.RequireDatabase();

    [Fact]
    public async Task Returns_a_working_token_for_the_right_password()
    {
        var user = await app.RegisterAsync();
        var response = await app.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = "  " + user.Email.ToUpperInvariant(), password = Api.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(user.Id.ToString(), body["user"]!["id"]!.GetValue<string>());
        Assert.NotNull(body["expires_at"]);
        var me = await app.WithToken(body["token"]!.GetValue<string>()).GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_401()
    {
        var user = await app.RegisterAsync();

        var wrongPassword = await app.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = "wrong password" });
        var unknownEmail = await app.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = "nobody@example.com", password = Api.Password });

        var first = await wrongPassword.AssertErrorAsync(HttpStatusCode.Unauthorized);
        var second = await unknownEmail.AssertErrorAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Returns_400_without_a_password()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = "a@example.com" });

        var message = await response.AssertErrorAsync(HttpStatusCode.BadRequest);
        Assert.Contains("'password'", message, StringComparison.Ordinal);
    }
}

public sealed class LoginTestsOnSqlite(SqliteApp app) : LoginTests<SqliteApp>(app);

public sealed class LoginTestsOnPostgres(PostgresApp app) : LoginTests<PostgresApp>(app);
