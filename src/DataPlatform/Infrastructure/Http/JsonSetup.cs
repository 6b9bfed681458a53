using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DataPlatform.Infrastructure.Http;

/// <summary>
/// The Platform surface's JSON style (snake_case) is the default; the compatible surfaces name their
/// fields explicitly with <see cref="JsonPropertyNameAttribute"/>.
/// </summary>
public static class JsonSetup
{
    /// <summary>Options in the Platform style for code outside the request pipeline (the command line).</summary>
    public static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = indented };
        Configure(options);
        return options;
    }

    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        options.AllowDuplicateProperties = false;
        // Stored JSON objects are at most 32 levels deep (FreeformJson); those stored before that limit
        // reach 63. Responses and export manifests wrap them in a few levels more, which must never
        // fail half-way: the default of 64 did.
        options.MaxDepth = 128;
        // Numbers are JSON numbers: "42" is not an integer (and the OpenAPI schemas say plain "integer").
        options.NumberHandling = JsonNumberHandling.Strict;
        // Responses are application/json, never HTML: keep quotes and non-ASCII names readable.
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
    }
}
