using System.Text.Json;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Contract;

/// <summary>The published contract changes only on purpose: each document is compared with its checked-in copy.</summary>
public sealed class OpenApiSnapshotTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("platform")]
    [InlineData("tracker")]
    [InlineData("spaces")]
    public async Task The_document_matches_its_snapshot(string surface)
    {
        var json = await app.Anonymous().GetStringAsync($"/openapi/{surface}.json");

        using var document = JsonDocument.Parse(json);
        Assert.StartsWith("3.1", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Snapshot.Match(json, $"{surface}.json");
    }

    [Fact]
    public async Task Every_operation_has_a_summary_an_id_and_its_error_responses()
    {
        var json = await app.Anonymous().GetStringAsync("/openapi/platform.json");
        using var document = JsonDocument.Parse(json);

        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var where = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                Assert.True(operation.Value.TryGetProperty("summary", out _), $"{where} has no summary");
                Assert.True(operation.Value.TryGetProperty("operationId", out _), $"{where} has no operationId");
                var responses = operation.Value.GetProperty("responses");
                var secured = operation.Value.TryGetProperty("security", out _);
                if (secured)
                {
                    Assert.True(responses.TryGetProperty("401", out var unauthorized), $"{where} does not declare 401");
                    Assert.Contains("ErrorResponse", unauthorized.GetRawText(), StringComparison.Ordinal);
                }
            }
        }
    }

    [Theory]
    [InlineData("platform")]
    [InlineData("tracker")]
    [InlineData("spaces")]
    public async Task Every_reference_resolves_and_every_union_names_its_variants(string surface)
    {
        using var document = JsonDocument.Parse(await app.Anonymous().GetStringAsync($"/openapi/{surface}.json"));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        Assert.Equal("/", document.RootElement.GetProperty("servers")[0].GetProperty("url").GetString());

        foreach (var reference in Values(document.RootElement, "$ref"))
        {
            Assert.True(schemas.TryGetProperty(reference.GetString()!.Replace("#/components/schemas/", "", StringComparison.Ordinal), out _), $"{reference} does not resolve");
        }

        foreach (var union in schemas.EnumerateObject().Where(s => s.Value.TryGetProperty("discriminator", out _)))
        {
            var discriminator = union.Value.GetProperty("discriminator");
            var property = discriminator.GetProperty("propertyName").GetString()!;
            var variants = union.Value.GetProperty("anyOf").EnumerateArray().Select(v => v.GetProperty("$ref").GetString()).ToList();
            Assert.Equal(variants, discriminator.GetProperty("mapping").EnumerateObject().Select(m => m.Value.GetString()));
            foreach (var mapping in discriminator.GetProperty("mapping").EnumerateObject())
            {
                var variant = schemas.GetProperty(mapping.Value.GetString()!.Replace("#/components/schemas/", "", StringComparison.Ordinal));
                Assert.Equal("object", variant.GetProperty("type").GetString());
                Assert.Contains(property, variant.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
                Assert.Equal(mapping.Name, variant.GetProperty("properties").GetProperty(property).GetProperty("enum")[0].GetString());
            }
        }
    }

    private static IEnumerable<JsonElement> Values(JsonElement element, string name) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => p.Name == name ? [p.Value] : Values(p.Value, name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(e => Values(e, name)),
        _ => [],
    };
}
