using DataPlatform.Infrastructure.Pipeline;

namespace DataPlatform.Features.Platform.Projects;

/// <summary>A project as the Platform surface shows it, with the caller's role in it.</summary>
/// <param name="Namespace">Slug of the namespace the project lives in (its creator's personal namespace).</param>
/// <param name="Slug">URL name of the project within its namespace; derived from the name at creation and kept on rename.</param>
/// <param name="Role">The caller's role in the project.</param>
public sealed record ProjectItem(
    Guid Id,
    string Name,
    string? Description,
    ProjectStatus Status,
    string Namespace,
    string Slug,
    ProjectRole Role,
    long DatasetCount,
    long ExperimentCount,
    long ModelCount,
    DateTime CreatedAt,
    DateTime UpdatedAt);

public enum ProjectStatus
{
    Active,
    Archived,
}

internal static class ProjectItemSql
{
    /// <summary>Projects visible to <c>@UserId</c>; append a WHERE clause. Datasets, experiments and models arrive with their own tables.</summary>
    public const string Select =
        """
        SELECT p.id AS Id, p.name AS Name, p.description AS Description, p.status AS Status,
               p.namespace AS Namespace, p.slug AS Slug, m.role AS Role,
               0 AS DatasetCount, 0 AS ExperimentCount, 0 AS ModelCount,
               p.created_at AS CreatedAt, p.updated_at AS UpdatedAt
        FROM projects p
        JOIN project_members m ON m.project_id = p.id AND m.user_id = @UserId
        """;

    public const string ById = Select + " WHERE p.id = @ProjectId";
}
