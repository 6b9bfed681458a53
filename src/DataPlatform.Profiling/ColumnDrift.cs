namespace DataPlatform.Profiling;

/// <summary>The drift of one column; <see cref="Psi"/> is null when it cannot be computed, and <see cref="Note"/> says why.</summary>
/// <param name="CategoriesAdded">Categorical columns: values only the new version has, the first <see cref="Drift.MaxListedCategories"/> in ordinal order.</param>
/// <param name="CategoriesRemoved">Categorical columns: values only the base version has, listed the same way.</param>
public sealed record ColumnDrift(double? Psi, string? Note, IReadOnlyList<string>? CategoriesAdded = null, IReadOnlyList<string>? CategoriesRemoved = null)
{
    /// <summary>The column's statistical test; null when it has none (no values on one side, too many categories).</summary>
    public DriftTest? Test { get; init; }
}
