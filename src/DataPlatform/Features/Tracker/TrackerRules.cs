namespace DataPlatform.Features.Tracker;

/// <summary>Limits and values of the Tracker surface.</summary>
public static class TrackerRules
{
    public const int MaxDescriptionLength = 10_000;

    /// <summary>A dataset's source (a database name, a URL, a path).</summary>
    public const int MaxSourceLength = 2_000;

    /// <summary>Traceability lists answer at most this many entries at once (the default).</summary>
    public const int MaxListLimit = 500;
}
