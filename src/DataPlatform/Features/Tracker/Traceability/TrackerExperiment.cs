using System.Text.Json.Serialization;
using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Features.Tracker;

/// <summary>An experiment as the Tracker logs it; the optional fields are null when not given.</summary>
public sealed record TrackerExperiment(
    [property: JsonPropertyName("_id")] Guid Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("phase")] string Phase,
    [property: JsonPropertyName("hypothesis")] string? Hypothesis,
    [property: JsonPropertyName("parameters")] StoredJson? Parameters,
    [property: JsonPropertyName("metrics")] StoredJson? Metrics,
    [property: JsonPropertyName("result")] string? Result,
    [property: JsonPropertyName("runDate")] DateTime? RunDate,
    [property: JsonPropertyName("project")] Guid Project,
    [property: JsonPropertyName("createdBy")] TrackerUser? CreatedBy,
    [property: JsonPropertyName("createdAt")] DateTime CreatedAt);
