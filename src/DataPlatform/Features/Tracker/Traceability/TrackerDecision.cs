using System.Text.Json.Serialization;

namespace DataPlatform.Features.Tracker;

public sealed record TrackerDecision(
    [property: JsonPropertyName("_id")] Guid Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("rationale")] string Rationale,
    [property: JsonPropertyName("phase")] string Phase,
    [property: JsonPropertyName("decisionDate")] DateTime DecisionDate,
    [property: JsonPropertyName("project")] Guid Project,
    [property: JsonPropertyName("createdBy")] TrackerUser? CreatedBy,
    [property: JsonPropertyName("createdAt")] DateTime CreatedAt);
