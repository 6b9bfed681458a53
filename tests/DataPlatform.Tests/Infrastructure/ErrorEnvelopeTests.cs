using System.Net;
using System.Net.Http.Json;
using System.Text;
using Dapper;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Infrastructure;

/// <summary>Every failure, whoever decides it (router, Kestrel limits, binder, handler), is the same envelope.</summary>
public abstract class ErrorEnvelopeTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TestApp
{
    private readonly TestApp app = app.RequireDatabase();

    [Fact]
    public async Task An_unknown_route_is_404()
    {
        var user = await app.RegisterAsync();

        await (await app.Anonymous().GetAsync("/no/such/route")).AssertErrorAsync(HttpStatusCode.NotFound);
        await (await user.Client.GetAsync("/api/no-such-thing")).AssertErrorAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_wrong_method_is_405()
    {
        var message = await (await app.Anonymous().PutAsync("/health", null)).AssertErrorAsync(HttpStatusCode.MethodNotAllowed);

        Assert.Contains("PUT", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_JSON_body_over_1_MiB_is_413()
    {
        var user = await app.RegisterAsync();
        var body = $$"""{"name":"big","description":"{{new string('x', 1024 * 1024)}}"}""";

        var message = await (await user.Client.SendRawAsync(HttpMethod.Post, "/api/projects", body)).AssertErrorAsync(HttpStatusCode.RequestEntityTooLarge);

        Assert.Contains("1048576", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_JSON_body_over_1_MiB_is_413()
    {
        var user = await app.RegisterAsync();
        var bytes = Encoding.UTF8.GetBytes($$"""{"name":"big","description":"{{new string('x', 1024 * 1024)}}"}""");
        var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/projects") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        await (await user.Client.SendAsync(request)).AssertErrorAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Request_headers_over_32_KiB_are_431_with_the_envelope()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Add("X-Padding", new string('p', 40 * 1024));

        var message = await (await app.Anonymous().SendAsync(request)).AssertErrorAsync(HttpStatusCode.RequestHeaderFieldsTooLarge);

        Assert.Contains("at most 32,768", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_target_over_8_KiB_is_414_with_the_envelope()
    {
        var message = await (await app.Anonymous().GetAsync("/health?pad=" + new string('p', 9 * 1024))).AssertErrorAsync(HttpStatusCode.RequestUriTooLong);

        Assert.Contains("at most 8,192", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_OpenAPI_document_is_the_404_envelope()
    {
        await (await app.Anonymous().GetAsync("/openapi/nope.json")).AssertErrorAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync("/openapi/tracker.json")).StatusCode);
    }

    [Fact]
    public async Task Every_response_forbids_content_sniffing()
    {
        var user = await app.RegisterAsync();
        var padded = new HttpRequestMessage(HttpMethod.Get, "/health");
        padded.Headers.Add("X-Padding", new string('p', 40 * 1024));

        var responses = new[]
        {
            await app.Anonymous().GetAsync("/health"),
            await app.Anonymous().GetAsync("/no/such/route"),
            await app.Anonymous().GetAsync("/api/projects"),
            await user.Client.SendRawAsync(HttpMethod.Post, "/api/projects", "{<script>"),
            await app.Anonymous().SendAsync(padded),
            await app.Anonymous().GetAsync("/docs/"),
        };

        Assert.All(responses, response => Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options"))));
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_415()
    {
        var user = await app.RegisterAsync();

        var message = await (await user.Client.SendRawAsync(HttpMethod.Post, "/api/projects", "name=x", "application/x-www-form-urlencoded")).AssertErrorAsync(HttpStatusCode.UnsupportedMediaType);

        Assert.Contains("application/json", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name": """, "Malformed JSON body: the body ends before every object and array in it is closed (line 1, column 10).")]
    [InlineData("""{"name": "a",}""", "Malformed JSON body: a comma before the end of an object or array, with nothing after it (line 1, column 14).")]
    [InlineData("""{name: "a"}""", "Malformed JSON body: property names must be strings in double quotes (line 1, column 2).")]
    [InlineData("{\"name\": \"a\",\n // note\n}", "Malformed JSON body: comments are not JSON (line 2, column 2).")]
    [InlineData("""{"name": a}""", "Malformed JSON body: 'a' cannot start a value (strings need double quotes) (line 1, column 10).")]
    public async Task Malformed_JSON_is_400_saying_what_is_wrong_and_where(string body, string expected)
    {
        var user = await app.RegisterAsync();

        var message = await (await user.Client.SendRawAsync(HttpMethod.Post, "/api/projects", body)).AssertErrorAsync(HttpStatusCode.BadRequest);

        Assert.Equal(expected, message);
    }

    [Fact]
    public async Task JSON_sent_to_an_upload_is_415_saying_to_send_the_form()
    {
        var user = await app.RegisterAsync();

        var message = await (await user.Client.SendRawAsync(HttpMethod.Post, "/api/datasets/upload", """{"name":"x"}""")).AssertErrorAsync(HttpStatusCode.UnsupportedMediaType);

        Assert.EndsWith("send multipart/form-data, with the file as the last part.", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name": 42}""", "'name' has a value of the wrong type; the schemas at /docs say what it takes.")]
    [InlineData("""{"name": "ok", "description": ["x"]}""", "'description' has a value of the wrong type; the schemas at /docs say what it takes.")]
    [InlineData("""[1, 2]""", "The JSON body must be an object.")]
    public async Task A_value_of_the_wrong_JSON_type_is_400_naming_the_field(string body, string expected)
    {
        var user = await app.RegisterAsync();

        var message = await (await user.Client.SendRawAsync(HttpMethod.Post, "/api/projects", body)).AssertErrorAsync(HttpStatusCode.BadRequest);

        Assert.Equal(expected, message);
    }

    [Fact]
    public async Task A_query_value_of_the_wrong_type_is_400_naming_the_parameter()
    {
        var user = await app.RegisterAsync();

        var message = await (await user.Client.GetAsync("/api/projects?limit=ten")).AssertErrorAsync(HttpStatusCode.BadRequest);

        Assert.Equal("'limit' must be an integer; got 'ten'.", message);
    }

    [Fact]
    public async Task An_empty_body_on_a_JSON_endpoint_is_400()
    {
        var user = await app.RegisterAsync();

        var message = await (await user.Client.SendRawAsync(HttpMethod.Post, "/api/projects", "")).AssertErrorAsync(HttpStatusCode.BadRequest);

        Assert.Contains("body is required", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_property_names_are_400()
    {
        var user = await app.RegisterAsync();

        var message = await (await user.Client.SendRawAsync(HttpMethod.Post, "/api/projects", """{"name":"a","name":"b"}""")).AssertErrorAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Duplicate property 'name' in the JSON body.", message);
    }

    [Fact]
    public async Task Health_is_open()
    {
        var body = await (await app.Anonymous().GetAsync("/health")).ReadJsonAsync();

        Assert.Equal("ok", body["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_interactive_reference_is_served_at_docs()
    {
        var response = await app.Anonymous().GetAsync("/docs/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("openapi/platform.json", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync("/docs/scalar.js")).StatusCode);
    }

    [Fact]
    public async Task The_reference_makes_no_outside_request_and_shows_no_cloud_features()
    {
        var html = await app.Anonymous().GetStringAsync("/docs/");

        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("\"withDefaultFonts\":false", html, StringComparison.Ordinal);
        Assert.Contains("\"telemetry\":false", html, StringComparison.Ordinal);
        Assert.Contains("\"showDeveloperTools\":\"never\"", html, StringComparison.Ordinal);
        Assert.Contains("\"agent\":{\"disabled\":true}", html, StringComparison.Ordinal);
        Assert.Contains("\"mcp\":{\"disabled\":true}", html, StringComparison.Ordinal);
    }
}

public sealed class ErrorEnvelopeTestsOnSqlite(SqliteApp app) : ErrorEnvelopeTests<SqliteApp>(app);

public sealed class ErrorEnvelopeTestsOnPostgres(PostgresApp app) : ErrorEnvelopeTests<PostgresApp>(app);

/// <summary>A failure nobody anticipated is a 500 with the envelope and no internals.</summary>
public abstract class UnhandledErrorTests<TApp> : IAsyncLifetime
    where TApp : TestApp, new()
{
    private readonly TestApp _app = new TApp().RequireDatabase();

    [Fact]
    public async Task Is_500_without_internals()
    {
        var user = await _app.RegisterAsync();
        await using (var connection = await _app.Database.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("DROP TABLE timeline_events");
        }

        var response = await user.Client.PostAsJsonAsync("/api/projects", new { name = "Breaks" });

        var message = await response.AssertErrorAsync(HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("timeline_events", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", message, StringComparison.Ordinal);
        Assert.Equal(0, (await (await user.Client.GetAsync("/api/projects")).ReadJsonAsync())["total"]!.GetValue<int>());
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}

public sealed class UnhandledErrorTestsOnSqlite : UnhandledErrorTests<SqliteApp>;

public sealed class UnhandledErrorTestsOnPostgres : UnhandledErrorTests<PostgresApp>;
