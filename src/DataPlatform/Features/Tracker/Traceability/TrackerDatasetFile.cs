namespace DataPlatform.Features.Tracker;

/// <summary>A dataset's newest file, read with it: its name and row count stand in for a source and record count the entry was logged without.</summary>
public sealed record TrackerDatasetFile
{
    public required string FileName { get; init; }

    public required long RowCount { get; init; }
}
