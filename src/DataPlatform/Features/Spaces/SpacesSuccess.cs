using System.Text.Json.Serialization;

namespace DataPlatform.Features.Spaces;

/// <summary>The confirmation the Spaces surface answers deletions with.</summary>
public sealed record SpacesSuccess([property: JsonPropertyName("success")] bool Success);
