using System.Text.Json;

namespace DataPlatform.Infrastructure.Data;

/// <summary>JSON stored as text in a column (metrics, metadata, profiles), read back as a JSON value.</summary>
public static class JsonColumns
{
    /// <summary>The value of the stored text; null for a NULL column.</summary>
    public static JsonElement? Read(string? text) => text is null ? null : JsonDocument.Parse(text).RootElement.Clone();
}
