using System.Text.Json;
using System.Text.Json.Serialization;

namespace DataPlatform.Infrastructure.Data;

/// <summary>A JSON object (metrics, parameters, metadata), returned as it was stored.</summary>
/// <remarks>
/// Metrics, parameters and metadata are kept as text and written into a response as they are: never
/// parsed into a document and serialized again, which made a list of 500 experiments hold each value
/// three times over while it was written. The text was checked when it was stored.
/// </remarks>
[JsonConverter(typeof(StoredJsonConverter))]
public sealed record StoredJson(string Text)
{
    public static StoredJson? From(string? text) => text is null ? null : new StoredJson(text);

    private sealed class StoredJsonConverter : JsonConverter<StoredJson>
    {
        public override StoredJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return new StoredJson(document.RootElement.GetRawText());
        }

        public override void Write(Utf8JsonWriter writer, StoredJson value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.Text, skipInputValidation: true);
    }
}
