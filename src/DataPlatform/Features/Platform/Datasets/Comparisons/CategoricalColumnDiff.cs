using System.Text.Json.Serialization;

namespace DataPlatform.Features.Platform.Datasets.Comparisons;

/// <summary>Text, category and bool columns; PSI over their values.</summary>
public sealed class CategoricalColumnDiff : ColumnDiff
{
    public required long V1Unique { get; init; }

    public required long V2Unique { get; init; }

    /// <summary>Values only v2 has, the first 20 in ordinal order; null when a version has too many values to compare.</summary>
    [JsonPropertyOrder(2)]
    public required IReadOnlyList<string>? CategoriesAdded { get; init; }

    /// <summary>Values only v1 has, listed the same way.</summary>
    [JsonPropertyOrder(2)]
    public required IReadOnlyList<string>? CategoriesRemoved { get; init; }
}
