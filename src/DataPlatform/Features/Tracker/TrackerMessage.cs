using System.Text.Json.Serialization;

namespace DataPlatform.Features.Tracker;

/// <summary>The confirmation the Tracker surface answers deletions with.</summary>
public sealed record TrackerMessage([property: JsonPropertyName("message")] string Message);
