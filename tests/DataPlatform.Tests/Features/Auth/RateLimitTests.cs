using System.Net;
using System.Net.Http.Json;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Features.Auth;

public abstract class RateLimitTests<TApp> : IAsyncLifetime
    where TApp : TestApp, new()
{
    private readonly TestApp _app = new TApp().With("DataPlatform:Auth:RateLimitPermits", "3").RequireDatabase();

    [Fact]
    public async Task Repeated_failed_logins_from_one_client_get_429_with_Retry_After_and_other_clients_are_not_affected()
    {
        var attacker = ClientAt("10.0.0.1");
        for (var i = 0; i < 3; i++)
        {
            var attempt = await attacker.PostAsJsonAsync("/api/auth/login", new { email = "victim@example.com", password = $"guess {i}" });
            Assert.Equal(HttpStatusCode.Unauthorized, attempt.StatusCode);
        }

        var limited = await attacker.PostAsJsonAsync("/api/auth/login", new { email = "victim@example.com", password = "guess 4" });

        await limited.AssertErrorAsync(HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After must say how long to wait");
        var bystander = await ClientAt("10.0.0.2").PostAsJsonAsync("/api/auth/login", new { email = "bystander@example.com", password = "typo" });
        Assert.Equal(HttpStatusCode.Unauthorized, bystander.StatusCode);
    }

    [Fact]
    public async Task Successful_logins_are_not_counted()
    {
        var user = await _app.RegisterAsync();
        var client = ClientAt("10.0.0.4");

        for (var i = 0; i < 6; i++)
        {
            var login = await client.PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = Api.Password });
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        }
    }

    [Fact]
    public async Task Failed_logins_for_one_account_are_limited_whatever_the_address_even_for_the_right_password()
    {
        var victim = await _app.RegisterAsync();
        for (var i = 0; i < 3; i++)
        {
            var attempt = await ClientAt($"10.0.1.{i + 1}").PostAsJsonAsync("/api/auth/login", new { email = victim.Email, password = $"guess {i}" });
            Assert.Equal(HttpStatusCode.Unauthorized, attempt.StatusCode);
        }

        var locked = await ClientAt("10.0.1.9").PostAsJsonAsync("/api/auth/login", new { email = victim.Email.ToUpperInvariant(), password = Api.Password });
        var other = await ClientAt("10.0.1.9").PostAsJsonAsync("/api/auth/login", new { email = "someone-else@example.com", password = "guess" });

        await locked.AssertErrorAsync(HttpStatusCode.TooManyRequests);
        Assert.True(locked.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After must say how long to wait");
        Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
    }

    [Fact]
    public async Task Simultaneous_guesses_cannot_all_pass_before_the_first_failure_is_counted()
    {
        var victim = await _app.RegisterAsync();
        var attacker = ClientAt("10.0.2.1");

        var answers = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => attacker.PostAsJsonAsync("/api/auth/login", new { email = victim.Email, password = $"guess {i}" })));

        // 3 failures are allowed in the window; at most 2 attempts are checked at once.
        Assert.InRange(answers.Count(a => a.StatusCode == HttpStatusCode.Unauthorized), 1, 3 + 2);
        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.TooManyRequests, a.StatusCode.ToString()));
    }

    [Fact]
    public async Task Registration_is_limited_too()
    {
        var client = ClientAt("10.0.0.3");
        for (var i = 0; i < 3; i++)
        {
            await client.PostAsJsonAsync("/api/auth/register", new { email = $"r{i}-{Guid.NewGuid():N}@example.com", name = "R", password = Api.Password });
        }

        var limited = await client.PostAsJsonAsync("/api/auth/register", new { email = $"{Guid.NewGuid():N}@example.com", name = "R", password = Api.Password });

        await limited.AssertErrorAsync(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task IPv6_clients_are_counted_per_64_bit_network()
    {
        var sameNetwork = new[] { "2001:db8:1:1::1", "2001:db8:1:1::2", "2001:db8:1:1:ffff::3" };
        foreach (var address in sameNetwork)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await ClientAt(address).PostAsJsonAsync("/api/auth/login", new { email = $"{Guid.NewGuid():N}@example.com", password = "guess" })).StatusCode);
        }

        var limited = await ClientAt("2001:db8:1:1::4").PostAsJsonAsync("/api/auth/login", new { email = "y@example.com", password = "guess" });
        var otherNetwork = await ClientAt("2001:db8:1:2::1").PostAsJsonAsync("/api/auth/login", new { email = "z@example.com", password = "guess" });

        await limited.AssertErrorAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.Unauthorized, otherNetwork.StatusCode);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private HttpClient ClientAt(string address)
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add(TestApp.ClientAddressHeader, address);
        return client;
    }
}

public sealed class RateLimitTestsOnSqlite : RateLimitTests<SqliteApp>;

public sealed class RateLimitTestsOnPostgres : RateLimitTests<PostgresApp>;
