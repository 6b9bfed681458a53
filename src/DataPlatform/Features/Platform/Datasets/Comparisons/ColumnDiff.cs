using System.Text.Json.Serialization;
using DataPlatform.Profiling;

namespace DataPlatform.Features.Platform.Datasets.Comparisons;

/// <summary>How one column changed; <c>type</c> (numeric, datetime or categorical) says which figures apply.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(NumericColumnDiff), "numeric")]
[JsonDerivedType(typeof(DateColumnDiff), "datetime")]
[JsonDerivedType(typeof(CategoricalColumnDiff), "categorical")]
public abstract class ColumnDiff
{
    /// <summary>Missing values in v1, percent of rows (0 to 100).</summary>
    [JsonPropertyOrder(1)]
    public required double MissingV1 { get; init; }

    /// <summary>Missing values in v2, percent of rows (0 to 100).</summary>
    [JsonPropertyOrder(1)]
    public required double MissingV2 { get; init; }

    /// <summary>Population Stability Index of v2 against v1; null when it cannot be computed (see psi_note).</summary>
    [JsonPropertyOrder(3)]
    public required double? Psi { get; init; }

    /// <summary>low (PSI below 0.1), moderate (0.1 to 0.25) or high (above 0.25); null without a PSI.</summary>
    [JsonPropertyOrder(4)]
    public required string? ShiftLevel { get; init; }

    /// <summary>Why there is no PSI; null when there is one.</summary>
    [JsonPropertyOrder(5)]
    public required string? PsiNote { get; init; }

    /// <summary>
    /// The column's drift test: two-sample Kolmogorov-Smirnov for numbers and dates, chi-square for
    /// categories; null when it cannot run (no values in a version, too many categories).
    /// </summary>
    [JsonPropertyOrder(6)]
    public required DriftTest? Test { get; init; }
}
