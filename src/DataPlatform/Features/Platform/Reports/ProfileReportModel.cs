using DataPlatform.Profiling;

namespace DataPlatform.Features.Platform.Reports;

/// <summary>What a profile report shows: the stored profile of one file, and where it came from.</summary>
public sealed record ProfileReportModel
{
    /// <summary>The dataset's name, or the file's on the command line.</summary>
    public required string Title { get; init; }

    /// <summary>The version number; null on the command line.</summary>
    public required long? Version { get; init; }

    public required string FileName { get; init; }

    public required string Format { get; init; }

    /// <summary>The file's size in bytes.</summary>
    public required long FileBytes { get; init; }

    /// <summary>When the version was uploaded; null on the command line.</summary>
    public required DateTime? CreatedAt { get; init; }

    public required DatasetStatistics Statistics { get; init; }

    public required QualityReport Quality { get; init; }

    public required IReadOnlyList<Alert> Alerts { get; init; }

    /// <summary>The file's first rows, one value per column in file order (empty when they could not be read).</summary>
    public required IReadOnlyList<object?[]> FirstRows { get; init; }

    /// <summary>The first column (from 0) whose section this page details; see <see cref="ProfileReportPages"/>.</summary>
    public required int ColumnOffset { get; init; }

    /// <summary>The address of the page that details the columns from an offset on; null when pages cannot link (a file written by the command line).</summary>
    public required Func<int, string>? PageLink { get; init; }
}
