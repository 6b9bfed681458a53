using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataPlatform.Profiling.Tests;

/// <summary>
/// The engine against reference values computed independently with pandas 1.5 / numpy 1.24
/// (<c>Fixtures/make_expected.py</c>): counts exactly, everything else to a relative 1e-9.
/// </summary>
public sealed class FixtureTests
{
    private const double Tolerance = 1e-9;

    [Theory]
    [InlineData("mixed.csv")]
    [InlineData("benchmark-5000.csv")]
    [InlineData("edge.csv")]
    public void Statistics_agree_with_pandas(string fixture)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture);
        var expected = JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(path, ".expected.json")))!;
        var actual = JsonSerializer.SerializeToNode(Profiler.Profile(path).Statistics, Json.Options)!;
        var problems = new List<string>();

        Same(problems, "row_count", expected["row_count"], actual["row_count"]);
        Same(problems, "duplicate_rows", expected["duplicate_rows"], actual["duplicate_rows"]);
        foreach (var (name, column) in expected["columns"]!.AsObject())
        {
            var ours = actual["columns"]![name];
            if (ours is null)
            {
                problems.Add($"column {name} is missing");
                continue;
            }

            foreach (var (field, value) in column!.AsObject())
            {
                if (field == "top_values")
                {
                    // Booleans are spelled as JSON spells them, where pandas writes Python's True and False.
                    var isBool = column["type"]?.GetValue<string>() == "bool";
                    var pairs = value!.AsArray().Select(p => $"{(isBool ? p![0]!.ToString().ToLowerInvariant() : p![0])}={p[1]}");
                    var ourPairs = ours["top_values"]!.AsObject().Select(kv => $"{kv.Key}={kv.Value}");
                    if (!pairs.SequenceEqual(ourPairs))
                    {
                        problems.Add($"{name}.top_values: pandas [{string.Join(", ", pairs)}] ours [{string.Join(", ", ourPairs)}]");
                    }
                }
                else
                {
                    Same(problems, $"{name}.{field}", value, ours[field]);
                }
            }
        }

        foreach (var (a, row) in expected["correlations"]!.AsObject())
        {
            foreach (var (b, value) in row!.AsObject())
            {
                Same(problems, $"correlations[{a}][{b}]", value, actual["correlations"]![a]?[b]);
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static void Same(List<string> problems, string path, JsonNode? expected, JsonNode? actual)
    {
        switch (expected)
        {
            case null:
                if (actual is not null)
                {
                    problems.Add($"{path}: pandas null, ours {actual.ToJsonString()}");
                }

                break;
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    Same(problems, $"{path}.{key}", value, actual?[key]);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Same(problems, $"{path}[{i}]", array[i], actual is JsonArray ours && i < ours.Count ? ours[i] : null);
                }

                break;
            case JsonValue value when value.TryGetValue<double>(out var number):
                if (actual is not JsonValue ourValue || !ourValue.TryGetValue<double>(out var ourNumber)
                    || Math.Abs(number - ourNumber) > Tolerance * Math.Max(Math.Abs(number), Math.Abs(ourNumber)))
                {
                    problems.Add($"{path}: pandas {number:R}, ours {actual?.ToJsonString() ?? "absent"}");
                }

                break;
            default:
                if (expected.ToJsonString() != actual?.ToJsonString())
                {
                    problems.Add($"{path}: pandas {expected.ToJsonString()}, ours {actual?.ToJsonString() ?? "absent"}");
                }

                break;
        }
    }
}

internal static class Json
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
}
