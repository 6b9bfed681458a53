using System.Net;
using System.Net.Http.Json;
using Dapper;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Features.Auth;

public abstract class ApiKeyTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TestApp
{
    private readonly TestApp app = app.RequireDatabase();

    [Fact]
    public async Task A_new_key_is_shown_once_and_works_as_a_bearer_token()
    {
        var user = await app.RegisterAsync();

        var response = await user.Client.PostAsJsonAsync("/api/auth/api-keys", new { name = "CI pipeline" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        var key = body["key"]!.GetValue<string>();
        Assert.StartsWith("dp_", key, StringComparison.Ordinal);
        Assert.Equal(key[..11], body["prefix"]!.GetValue<string>());
        Assert.Equal("CI pipeline", body["name"]!.GetValue<string>());
        var me = await (await app.WithToken(key).GetAsync("/api/auth/me")).ReadJsonAsync();
        Assert.Equal(user.Id.ToString(), me["user"]!["id"]!.GetValue<string>());

        var list = await (await user.Client.GetAsync("/api/auth/api-keys")).ReadJsonAsync();
        var item = Assert.Single(list["items"]!.AsArray())!;
        Assert.Null(item["key"]);
        Assert.Equal(body["id"]!.GetValue<string>(), item["id"]!.GetValue<string>());
        Assert.NotNull(item["last_used_at"]!.GetValue<string>());
        Assert.Equal(1, list["total"]!.GetValue<int>());
        Assert.Equal(100, list["limit"]!.GetValue<int>());
    }

    [Fact]
    public async Task Only_the_hash_of_a_key_is_stored()
    {
        var user = await app.RegisterAsync();
        var key = (await (await user.Client.PostAsJsonAsync("/api/auth/api-keys", new { name = "k" })).ReadJsonAsync())["key"]!.GetValue<string>();

        await using var connection = await app.Database.OpenAsync(CancellationToken.None);
        var stored = await connection.QuerySingleAsync<string>("SELECT key_hash FROM api_keys WHERE user_id = @Id", new { user.Id });
        Assert.DoesNotContain(key, stored, StringComparison.Ordinal);
        Assert.Equal(64, stored.Length);
    }

    [Fact]
    public async Task A_revoked_key_stops_working_at_once()
    {
        var user = await app.RegisterAsync();
        var body = await (await user.Client.PostAsJsonAsync("/api/auth/api-keys", new { name = "temp" })).ReadJsonAsync();
        var keyClient = app.WithToken(body["key"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await keyClient.GetAsync("/api/auth/me")).StatusCode);

        var revoke = await user.Client.DeleteAsync($"/api/auth/api-keys/{body["id"]}");

        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.True((await revoke.ReadJsonAsync())["ok"]!.GetValue<bool>());
        await (await keyClient.GetAsync("/api/auth/me")).AssertErrorAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_expired_key_is_refused()
    {
        var user = await app.RegisterAsync();
        var body = await (await user.Client.PostAsJsonAsync("/api/auth/api-keys", new { name = "short", expires_at = DateTime.UtcNow.AddDays(1) })).ReadJsonAsync();
        await using (var connection = await app.Database.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("UPDATE api_keys SET expires_at = '2020-01-01T00:00:00.0000000Z' WHERE id = @Id", new { Id = body["id"]!.GetValue<string>() });
        }

        var response = await app.WithToken(body["key"]!.GetValue<string>()).GetAsync("/api/auth/me");

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_API_key_cannot_create_or_revoke_keys()
    {
        var user = await app.RegisterAsync();
        var body = await (await user.Client.PostAsJsonAsync("/api/auth/api-keys", new { name = "automation", expires_at = DateTime.UtcNow.AddDays(1) })).ReadJsonAsync();
        var keyClient = app.WithToken(body["key"]!.GetValue<string>());

        await (await keyClient.PostAsJsonAsync("/api/auth/api-keys", new { name = "forever" })).AssertErrorAsync(HttpStatusCode.Forbidden);
        Assert.Equal(
            "API keys cannot create or revoke API keys; use a token from POST /api/auth/login.",
            await (await keyClient.PostAsJsonAsync("/api/auth/api-keys", new { })).AssertErrorAsync(HttpStatusCode.Forbidden));
        await (await keyClient.DeleteAsync($"/api/auth/api-keys/{body["id"]}")).AssertErrorAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await keyClient.GetAsync("/api/auth/api-keys")).StatusCode);
        Assert.Equal(1, (await (await user.Client.GetAsync("/api/auth/api-keys")).ReadJsonAsync())["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_key_of_a_deleted_user_stops_working()
    {
        var user = await app.RegisterAsync();
        var key = (await (await user.Client.PostAsJsonAsync("/api/auth/api-keys", new { name = "k" })).ReadJsonAsync())["key"]!.GetValue<string>();
        await using (var connection = await app.Database.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("DELETE FROM users WHERE id = @Id", new { user.Id });
        }

        await (await app.WithToken(key).GetAsync("/api/auth/me")).AssertErrorAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Returns_400_for_an_expiry_that_is_not_a_date()
    {
        var user = await app.RegisterAsync();

        var message = await (await user.Client.PostAsJsonAsync("/api/auth/api-keys", new { name = "k", expires_at = "next tuesday" })).AssertErrorAsync(HttpStatusCode.BadRequest);

        Assert.StartsWith("'expires_at' has a value of the wrong type", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Returns_400_for_an_expiry_in_the_past_or_a_missing_name()
    {
        var user = await app.RegisterAsync();

        var past = await user.Client.PostAsJsonAsync("/api/auth/api-keys", new { name = "old", expires_at = "2020-01-01T00:00:00Z" });
        var nameless = await user.Client.PostAsJsonAsync("/api/auth/api-keys", new { });

        Assert.Contains("'expires_at'", await past.AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("'name'", await nameless.AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Returns_404_when_revoking_an_unknown_key_or_another_users_key()
    {
        var owner = await app.RegisterAsync();
        var other = await app.RegisterAsync();
        var id = (await (await owner.Client.PostAsJsonAsync("/api/auth/api-keys", new { name = "mine" })).ReadJsonAsync())["id"]!.GetValue<string>();

        await (await other.Client.DeleteAsync($"/api/auth/api-keys/{id}")).AssertErrorAsync(HttpStatusCode.NotFound);
        await (await owner.Client.DeleteAsync($"/api/auth/api-keys/{Guid.NewGuid()}")).AssertErrorAsync(HttpStatusCode.NotFound);
        Assert.Equal(1, (await (await owner.Client.GetAsync("/api/auth/api-keys")).ReadJsonAsync())["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_user_may_hold_at_most_100_keys()
    {
        var user = await app.RegisterAsync();
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await user.Client.PostAsJsonAsync("/api/auth/api-keys", new { name = $"key {i}" })).StatusCode);
        }

        var response = await user.Client.PostAsJsonAsync("/api/auth/api-keys", new { name = "one too many" });

        await response.AssertErrorAsync(HttpStatusCode.Conflict);
        var page = await (await user.Client.GetAsync("/api/auth/api-keys?limit=30&offset=90")).ReadJsonAsync();
        Assert.Equal(100, page["total"]!.GetValue<int>());
        Assert.Equal(10, page["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Returns_400_for_a_list_limit_out_of_range()
    {
        var user = await app.RegisterAsync();

        await (await user.Client.GetAsync("/api/auth/api-keys?limit=101")).AssertErrorAsync(HttpStatusCode.BadRequest);
        await (await user.Client.GetAsync("/api/auth/api-keys?offset=-1")).AssertErrorAsync(HttpStatusCode.BadRequest);
    }
}

public sealed class ApiKeyTestsOnSqlite(SqliteApp app) : ApiKeyTests<SqliteApp>(app);

public sealed class ApiKeyTestsOnPostgres(PostgresApp app) : ApiKeyTests<PostgresApp>(app);
