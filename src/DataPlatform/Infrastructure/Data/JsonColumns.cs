using System.Text.Json;

namespace DataPlatform.Infrastructure.Data;

/// <summary>JSON stored as text in a column (metrics, metadata, profiles), read back as a JSON value.</summary>
public static class JsonColumns
{
    /// <summary>The value of the stored text; null for a NULL column.</summary>
    public static JsonElement? Read(string? text)
    {
        if (text is null)
        {
            return null;
        }

        // The clone owns its memory; the parsed document gives its pooled buffers back.
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
