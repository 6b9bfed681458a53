namespace DataPlatform.Profiling;

/// <summary>How a column is compared between two versions.</summary>
public enum DriftKind
{
    /// <summary>Numbers (and dates, by their time): 10 bins cut at the base version's deciles.</summary>
    Numeric,

    /// <summary>Text and booleans: one bin per value.</summary>
    Categorical,
}
