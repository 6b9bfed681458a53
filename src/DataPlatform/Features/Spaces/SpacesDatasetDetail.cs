using System.Text.Json.Serialization;
using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Features.Spaces;

/// <summary>A dataset with all its collections.</summary>
public sealed record SpacesDatasetDetail(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags,
    [property: JsonPropertyName("projectId")] Guid ProjectId,
    [property: JsonPropertyName("metadata")] StoredJson? Metadata,
    [property: JsonPropertyName("createdAt")] DateTime CreatedAt,
    [property: JsonPropertyName("updatedAt")] DateTime UpdatedAt,
    [property: JsonPropertyName("collections")] IReadOnlyList<SpacesCollection> Collections);
