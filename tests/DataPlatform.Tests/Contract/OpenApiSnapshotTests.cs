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
}
