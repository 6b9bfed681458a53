namespace DataPlatform.Profiling.Internals;

/// <summary>What a column holds so far; values decide it, as pandas infers types from every value.</summary>
internal enum ColumnMode
{
    /// <summary>Only missing values so far.</summary>
    Empty,
    Boolean,
    Integer,
    Float,
    Date,
    Text,

    /// <summary>Turned to text after numbers, dates or booleans: its text figures come from another pass.</summary>
    NeedsTextPass,
}
