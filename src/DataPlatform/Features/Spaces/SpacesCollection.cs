using System.Text.Json.Serialization;

namespace DataPlatform.Features.Spaces;

/// <param name="Members">Ids of dataset versions or any other string ids, in the order given.</param>
/// <param name="DatasetId">The dataset it belongs to; null for a standalone collection (its dataset was deleted).</param>
public sealed record SpacesCollection(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("members")] IReadOnlyList<string> Members,
    [property: JsonPropertyName("datasetId")] Guid? DatasetId,
    [property: JsonPropertyName("projectId")] Guid ProjectId,
    [property: JsonPropertyName("createdAt")] DateTime CreatedAt,
    [property: JsonPropertyName("updatedAt")] DateTime UpdatedAt);
