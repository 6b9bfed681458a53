using System.Text.Json.Serialization;
using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Features.Spaces;

/// <summary>A dataset as the Spaces surface shows it: a named container of collections (the same dataset as on /api/datasets).</summary>
public sealed record SpacesDataset(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags,
    [property: JsonPropertyName("projectId")] Guid ProjectId,
    [property: JsonPropertyName("metadata")] StoredJson? Metadata,
    [property: JsonPropertyName("createdAt")] DateTime CreatedAt,
    [property: JsonPropertyName("updatedAt")] DateTime UpdatedAt);
