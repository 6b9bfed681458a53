using DataPlatform.Infrastructure.Pipeline;

namespace DataPlatform.Features.Platform.Projects;

/// <summary>A project as the Platform surface shows it, with the caller's role in it.</summary>
/// <remarks>
/// Init properties rather than a positional record: SQLite reports no type for computed columns (the
/// counts) of an empty result, and Dapper then finds no matching constructor.
/// </remarks>
public sealed record ProjectItem
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required string? Description { get; init; }

    public required ProjectStatus Status { get; init; }

    /// <summary>Slug of the namespace the project lives in (its creator's personal namespace).</summary>
    public required string Namespace { get; init; }

    /// <summary>URL name of the project within its namespace; derived from the name at creation and kept on rename.</summary>
    public required string Slug { get; init; }

    /// <summary>The caller's role in the project.</summary>
    public required ProjectRole Role { get; init; }

    public required long DatasetCount { get; init; }

    public required long ExperimentCount { get; init; }

    public required long ModelCount { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }
}
