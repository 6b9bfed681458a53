using System.Text.Json.Serialization;

namespace DataPlatform.Profiling;

/// <summary>Statistics of one column; the derived type says which figures apply to its type.</summary>
/// <remarks>
/// <c>kind</c> names the derived type (numeric, datetime, text or boolean), so that clients generated
/// from the API description can tell them apart; <c>type</c> is the inferred column type.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(NumericColumnStatistics), "numeric")]
[JsonDerivedType(typeof(DateColumnStatistics), "datetime")]
[JsonDerivedType(typeof(TextColumnStatistics), "text")]
[JsonDerivedType(typeof(BooleanColumnStatistics), "boolean")]
public abstract class ColumnStatistics
{
    /// <summary>int64, float64, bool, datetime64, category or object.</summary>
    [JsonPropertyOrder(-10)]
    public required string Type { get; init; }

    /// <summary>Distinct non-missing values.</summary>
    [JsonPropertyOrder(-9)]
    public required long Unique { get; init; }

    [JsonPropertyOrder(-8)]
    public required long Missing { get; init; }

    /// <summary>Missing values as a percentage of rows, 0 to 100.</summary>
    [JsonPropertyOrder(-7)]
    public required double MissingPercent { get; init; }
}
