using System.Runtime.InteropServices;
using System.Text.Json;
using DataPlatform.Infrastructure.Pipeline;
using FluentValidation;

namespace DataPlatform.Infrastructure.Http;

/// <summary>
/// JSON objects that clients store as they are (metrics, parameters, metadata). They are bounded so
/// that whatever is stored can always be written back, wrapped in a response or an export manifest,
/// and so that a page of a list stays a few megabytes: at most <see cref="MaxDepth"/> levels deep and
/// <see cref="MaxBytes"/> bytes as sent.
/// </summary>
public static class FreeformJson
{
    public const int MaxDepth = 32;
    public const int MaxBytes = 16 * 1024;

    /// <summary>Why <paramref name="value"/> cannot be stored as the object <paramref name="field"/>; null when it can (null and JSON null included).</summary>
    public static string? Problem(JsonElement? value, string field)
    {
        if (value is not { } json || json.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (json.ValueKind != JsonValueKind.Object)
        {
            return $"'{field}' must be a JSON object.";
        }

        if (JsonMarshal.GetRawUtf8Value(json).Length > MaxBytes)
        {
            return $"'{field}' must be at most {MaxBytes:N0} bytes of JSON.";
        }

        return DepthOf(json) > MaxDepth ? $"'{field}' must be nested at most {MaxDepth} levels deep." : null;
    }

    /// <summary>An optional JSON object within the limits above.</summary>
    public static IRuleBuilderOptions<T, JsonElement?> ValidJsonObject<T>(this IRuleBuilder<T, JsonElement?> rule) => rule.Satisfies(Problem);

    /// <summary>Levels of objects and arrays: 1 for {"a": 1}, 2 for {"a": [1]}.</summary>
    private static int DepthOf(JsonElement value)
    {
        var deepest = 0;
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    deepest = Math.Max(deepest, DepthOf(property.Value));
                }

                return deepest + 1;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    deepest = Math.Max(deepest, DepthOf(item));
                }

                return deepest + 1;
            default:
                return 0;
        }
    }
}
