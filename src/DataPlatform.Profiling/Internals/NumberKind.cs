namespace DataPlatform.Profiling.Internals;

/// <summary>What <see cref="ValueSyntax.TryNumber"/> found.</summary>
internal enum NumberKind
{
    None,
    Integer,
    Float,
}
