using System.Text.Json.Serialization;

namespace DataPlatform.Features.Tracker;

/// <summary>Who logged a traceability entry; null once that user is deleted.</summary>
public sealed record TrackerUser(
    [property: JsonPropertyName("_id")] Guid Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("email")] string Email)
{
    public static TrackerUser? From(Guid? id, string? name, string? email) => id is { } value ? new TrackerUser(value, name ?? "", email ?? "") : null;
}
