using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dapper;
using DataPlatform.Features.Platform.Records;
using DataPlatform.Tests.Support;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;

namespace DataPlatform.Tests.Infrastructure;

/// <summary>
/// JSON objects stored as sent (metrics, parameters, metadata) are at most 32 levels deep and 16 KiB,
/// so that they can always be written back inside a response or an export; and a response is sent
/// only once it is complete.
/// </summary>
public abstract class FreeformJsonTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TestApp
{
    private readonly TestApp app = app.RequireDatabase();

    [Fact]
    public async Task Objects_nested_deeper_than_32_levels_are_400_on_every_surface()
    {
        var (user, project, spaces) = await ProjectAsync();
        var deep = Nested(33);
        var deepest = Nested(32);

        var platform = await user.Client.SendRawAsync(HttpMethod.Post, "/api/experiments", $$"""{"project_id":"{{project}}","name":"deep","metrics":{{deep}}}""");
        var tracker = await user.Client.SendRawAsync(HttpMethod.Post, $"/projects/{project}/experiments",
            $$"""{"name":"deep","description":"d","phase":"modeling","runDate":"2026-03-01","parameters":{{deep}}}""");
        var metadata = await user.Client.SendRawAsync(HttpMethod.Post, $"{spaces}/datasets", $$"""{"name":"deep","metadata":{{deep}}}""");
        var allowed = await user.Client.SendRawAsync(HttpMethod.Post, "/api/experiments", $$"""{"project_id":"{{project}}","name":"ok","metrics":{{deepest}}}""");

        Assert.Equal("'metrics' must be nested at most 32 levels deep.", await platform.AssertErrorAsync(HttpStatusCode.BadRequest));
        Assert.Equal("'parameters' must be nested at most 32 levels deep.", await tracker.AssertErrorAsync(HttpStatusCode.BadRequest));
        Assert.Equal("'metadata' must be nested at most 32 levels deep.", await metadata.AssertErrorAsync(HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);
    }

    [Fact]
    public async Task Objects_over_16_KiB_are_400()
    {
        var (user, project, _) = await ProjectAsync();
        var experiment = (await (await user.Client.PostAsJsonAsync("/api/experiments", new { project_id = project, name = "run" })).ReadJsonAsync())["id"]!.GetValue<string>();

        var created = await user.Client.PostAsJsonAsync("/api/experiments", new { project_id = project, name = "big", metrics = new { notes = new string('x', 16 * 1024) } });
        var patched = await user.Client.PatchAsJsonAsync($"/api/experiments/{experiment}", new { metrics = new { notes = new string('x', 16 * 1024) } });
        var fits = await user.Client.PatchAsJsonAsync($"/api/experiments/{experiment}", new { metrics = new { notes = new string('x', 16_000) } });

        Assert.Equal("'metrics' must be at most 16,384 bytes of JSON.", await created.AssertErrorAsync(HttpStatusCode.BadRequest));
        await patched.AssertErrorAsync(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, fits.StatusCode);
    }

    [Fact]
    public async Task Deep_objects_stored_before_the_limit_are_still_listed_and_exported_whole()
    {
        var (user, project, _) = await ProjectAsync();
        var experiment = (await (await user.Client.PostAsJsonAsync("/api/experiments", new { project_id = project, name = "legacy" })).ReadJsonAsync())["id"]!.GetValue<string>();
        await using (var connection = await app.Database.OpenAsync(CancellationToken.None))
        {
            // 63 levels: the deepest the 64-level request limit let through before 32 was the rule.
            await connection.ExecuteAsync("UPDATE experiments SET metrics = @Metrics WHERE id = @Id", new { Metrics = Nested(63), Id = Guid.Parse(experiment) });
        }

        var list = await user.Client.GetAsync($"/api/experiments?project_id={project}");
        var export = await user.Client.GetAsync($"/api/projects/{project}/export");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(list.Content.Headers.ContentLength, (await list.Content.ReadAsByteArrayAsync()).Length);
        using var listed = JsonDocument.Parse(await list.Content.ReadAsStringAsync(), new JsonDocumentOptions { MaxDepth = 128 });
        Assert.Equal(63, Depth(listed.RootElement.GetProperty("items")[0].GetProperty("metrics")));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var zip = new ZipArchive(new MemoryStream(await export.Content.ReadAsByteArrayAsync()));
        using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open(), new JsonDocumentOptions { MaxDepth = 128 });
        Assert.Equal(63, Depth(manifest.RootElement.GetProperty("experiments")[0].GetProperty("metrics")));
    }

    [Fact]
    public async Task A_response_that_fails_while_written_is_the_500_envelope_not_a_cut_off_body()
    {
        // The same data, served by an instance whose writer fails on the 41st experiment of a page,
        // after about 320 KB of it.
        await using var failing = app.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.PostConfigure<JsonOptions>(json => json.SerializerOptions.Converters.Add(new FailsAfter<ExperimentItem>(40)))));
        var (user, project, _) = await ProjectAsync();
        for (var i = 0; i < 41; i++)
        {
            await user.Client.PostAsJsonAsync("/api/experiments", new { project_id = project, name = $"run {i}", metrics = new { notes = new string('x', 8_000) } });
        }

        var client = failing.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", user.Token);

        var response = await client.GetAsync($"/api/experiments?project_id={project}&limit=500");

        await response.AssertErrorAsync(HttpStatusCode.InternalServerError);
    }

    private async Task<(TestUser User, Guid Project, string Spaces)> ProjectAsync()
    {
        var user = await app.RegisterAsync();
        var project = await user.CreateProjectAsync("Deep Values");
        return (user, project, await user.SpacesPathAsync(project));
    }

    /// <summary>Writes the first <paramref name="count"/> values as usual, then throws, as a writer that breaks half-way would.</summary>
    private sealed class FailsAfter<T>(int count) : JsonConverter<T>
    {
        private int _written;

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            if (Interlocked.Increment(ref _written) > count)
            {
                throw new InvalidOperationException("The writer broke half-way.");
            }

            var others = new JsonSerializerOptions(options);
            others.Converters.Remove(this);
            JsonSerializer.Serialize(writer, value, others);
        }
    }

    /// <summary>An object <paramref name="levels"/> levels deep: {"a":{"a":...1...}}.</summary>
    private static string Nested(int levels) => string.Concat(Enumerable.Repeat("""{"a":""", levels)) + "1" + new string('}', levels);

    private static int Depth(JsonElement value) => value.ValueKind == JsonValueKind.Object ? 1 + value.EnumerateObject().Select(p => Depth(p.Value)).DefaultIfEmpty(0).Max() : 0;
}

public sealed class FreeformJsonTestsOnSqlite(SqliteApp app) : FreeformJsonTests<SqliteApp>(app);

public sealed class FreeformJsonTestsOnPostgres(PostgresApp app) : FreeformJsonTests<PostgresApp>(app);
