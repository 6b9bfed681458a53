using System.Net;
using System.Net.Http.Json;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Features.Auth;

public abstract class RegisterTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TestApp
{
    private readonly TestApp app = app.RequireDatabase();

    [Fact]
    public async Task Returns_201_with_the_user_a_token_and_its_expiry()
    {
        var email = $"Alice.Chen+{Guid.NewGuid():N}@Example.com";
        var response = await app.Anonymous().PostAsJsonAsync("/api/auth/register", new { email, name = "  Alice Chen ", password = Api.Password });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        var user = body["user"]!;
        Assert.True(Guid.TryParse(user["id"]!.GetValue<string>(), out _));
        Assert.Equal(email.ToLowerInvariant(), user["email"]!.GetValue<string>());
        Assert.Equal("Alice Chen", user["name"]!.GetValue<string>());
        Assert.StartsWith("alice-chen-", user["namespace"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("Z", user["created_at"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(body["token"]!.GetValue<string>()));
        Assert.True(DateTime.Parse(body["expires_at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime() > DateTime.UtcNow);
        Assert.Null(user["password"]);
        Assert.Null(user["password_hash"]);
    }

    [Fact]
    public async Task Namespaces_come_from_the_email_local_part_and_are_unique()
    {
        var local = $"maria{Guid.NewGuid():N}"[..20];
        var first = await app.RegisterAsync($"{local}@one.example");
        var second = await app.RegisterAsync($"{local}@two.example");
        var third = await app.RegisterAsync($"{local.ToUpperInvariant()}@three.example");

        Assert.Equal(local, first.Namespace);
        Assert.Equal($"{local}-2", second.Namespace);
        Assert.Equal($"{local}-3", third.Namespace);
    }

    [Fact]
    public async Task Returns_409_when_the_email_is_taken_in_any_case()
    {
        var user = await app.RegisterAsync();
        var response = await app.Anonymous().PostAsJsonAsync("/api/auth/register", new { email = user.Email.ToUpperInvariant(), name = "Again", password = Api.Password });

        var message = await response.AssertErrorAsync(HttpStatusCode.Conflict);
        Assert.Contains("already registered", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name":"A","password":"password123"}""", "'email'")]
    [InlineData("""{"email":"not-an-email","name":"A","password":"password123"}""", "'email'")]
    [InlineData("""{"email":"  @example.com","name":"A","password":"password123"}""", "'email'")]
    [InlineData("""{"email":"a@example.com","password":"password123"}""", "'name'")]
    [InlineData("""{"email":"a@example.com","name":"   ","password":"password123"}""", "'name'")]
    [InlineData("""{"email":"a@example.com","name":"bad\u0001name","password":"password123"}""", "'name'")]
    [InlineData("""{"email":"a@example.com","name":"A","password":"short"}""", "'password'")]
    [InlineData("""{"email":"a@example.com","name":"A"}""", "'password'")]
    public async Task Returns_400_naming_the_invalid_field(string body, string field)
    {
        var response = await app.Anonymous().SendRawAsync(HttpMethod.Post, "/api/auth/register", body);

        var message = await response.AssertErrorAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stores_names_in_unicode_NFC()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/auth/register", new { email = $"{Guid.NewGuid():N}@example.com", name = "Jose\u0301", password = Api.Password });

        var body = await response.ReadJsonAsync();
        Assert.Equal("Jos\u00e9", body["user"]!["name"]!.GetValue<string>());
    }
}

public sealed class RegisterTestsOnSqlite(SqliteApp app) : RegisterTests<SqliteApp>(app);

public sealed class RegisterTestsOnPostgres(PostgresApp app) : RegisterTests<PostgresApp>(app);

public abstract class ClosedRegistrationTests<TApp> : IAsyncLifetime
    where TApp : TestApp, new()
{
    private readonly TestApp _app = new TApp().With("DataPlatform:Auth:AllowRegistration", "false").RequireDatabase();

    [Fact]
    public async Task The_first_user_may_register_and_later_ones_get_403()
    {
        await _app.RegisterAsync();
        var response = await _app.Anonymous().PostAsJsonAsync("/api/auth/register", new { email = "second@example.com", name = "Second", password = Api.Password });

        var message = await response.AssertErrorAsync(HttpStatusCode.Forbidden);
        Assert.Contains("disabled", message, StringComparison.Ordinal);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}

public sealed class ClosedRegistrationTestsOnSqlite : ClosedRegistrationTests<SqliteApp>;

public sealed class ClosedRegistrationTestsOnPostgres : ClosedRegistrationTests<PostgresApp>;
