using System.Text.Json.Serialization;

namespace DataPlatform.Features.Platform.Datasets.CompareDatasetVersions;

/// <param name="ColumnDiffs">One entry per column present in both versions with comparable types, keyed by column name.</param>
public sealed record CompareDatasetVersionsResponse(CompareSummary Summary, IReadOnlyDictionary<string, ColumnDiff> ColumnDiffs);

/// <param name="RowsDiff">v2_rows - v1_rows.</param>
/// <param name="ColumnsAdded">Columns only v2 has.</param>
/// <param name="ColumnsRemoved">Columns only v1 has.</param>
/// <param name="ColumnsTypeChanged">Columns in both whose inferred type differs.</param>
public sealed record CompareSummary(
    long V1,
    long V2,
    long V1Rows,
    long V2Rows,
    long RowsDiff,
    long V1Columns,
    long V2Columns,
    IReadOnlyList<string> ColumnsAdded,
    IReadOnlyList<string> ColumnsRemoved,
    IReadOnlyList<ColumnTypeChange> ColumnsTypeChanged);

public sealed record ColumnTypeChange(string Column, string V1Type, string V2Type);

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
}

/// <summary>int64 and float64 columns; PSI over 10 bins cut at v1's deciles.</summary>
public sealed class NumericColumnDiff : ColumnDiff
{
    public required double? V1Mean { get; init; }

    public required double? V2Mean { get; init; }

    public required double? V1Std { get; init; }

    public required double? V2Std { get; init; }

    /// <summary>(v2_mean - v1_mean) / |v1_mean| x 100; null when v1's mean is 0 or missing.</summary>
    [JsonPropertyOrder(2)]
    public required double? MeanShiftPct { get; init; }
}

/// <summary>datetime64 columns; PSI over 10 bins cut at v1's deciles of time.</summary>
public sealed class DateColumnDiff : ColumnDiff
{
    public required string? V1Min { get; init; }

    public required string? V1Max { get; init; }

    public required string? V2Min { get; init; }

    public required string? V2Max { get; init; }
}

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
