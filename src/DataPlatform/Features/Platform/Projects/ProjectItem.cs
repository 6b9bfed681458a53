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

public enum ProjectStatus
{
    Active,
    Archived,
}

internal static class ProjectItemSql
{
    /// <summary>Projects visible to <c>@UserId</c>; append a WHERE clause.</summary>
    public const string Select =
        """
        SELECT p.id AS Id, p.name AS Name, p.description AS Description, p.status AS Status,
               p.namespace AS Namespace, p.slug AS Slug, m.role AS Role,
               (SELECT COUNT(*) FROM datasets d WHERE d.project_id = p.id AND d.deleted_at IS NULL) AS DatasetCount, (SELECT COUNT(*) FROM experiments e WHERE e.project_id = p.id) AS ExperimentCount,
               (SELECT COUNT(*) FROM models m WHERE m.project_id = p.id) AS ModelCount,
               p.created_at AS CreatedAt, p.updated_at AS UpdatedAt
        FROM projects p
        JOIN project_members m ON m.project_id = p.id AND m.user_id = @UserId
        """;

    public const string ById = Select + " WHERE p.id = @ProjectId";
}
