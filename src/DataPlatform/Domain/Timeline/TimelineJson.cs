using System.Text.Json;

namespace DataPlatform.Domain.Timeline;

public static class TimelineJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static TimelineDetails? Read(string? json) => json is null ? null : JsonSerializer.Deserialize<TimelineDetails>(json, Options);
}
