using System.Text.Json.Serialization;

namespace DataPlatform.Features.Spaces;

/// <summary>A page of collections.</summary>
public sealed record SpacesCollectionPage(
    [property: JsonPropertyName("collections")] IReadOnlyList<SpacesCollection> Collections,
    [property: JsonPropertyName("page")] int Page,
    [property: JsonPropertyName("pageSize")] int PageSize,
    [property: JsonPropertyName("total")] long Total,
    [property: JsonPropertyName("totalPages")] int TotalPages);
