using System.Text.Json.Serialization;

namespace DataPlatform.Features.Tracker;

/// <param name="Status">todo, in_progress or completed.</param>
public sealed record TrackerTaskSummary(
    [property: JsonPropertyName("_id")] Guid Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("status")] string Status);
