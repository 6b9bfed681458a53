using System.Text.Json.Serialization;

namespace DataPlatform.Features.Spaces.Datasets.ListSpacesDatasets;

public sealed record ListSpacesDatasetsResponse(
    [property: JsonPropertyName("datasets")] IReadOnlyList<SpacesDataset> Datasets,
    [property: JsonPropertyName("page")] int Page,
    [property: JsonPropertyName("pageSize")] int PageSize,
    [property: JsonPropertyName("total")] long Total,
    [property: JsonPropertyName("totalPages")] int TotalPages);
