namespace DataPlatform.Domain.Projects;

/// <summary>A row of <c>projects</c>, as every surface reads it: <see cref="Columns"/>, from <c>projects p</c>.</summary>
public sealed record ProjectRow
{
    public const string Table = "projects";

    public const string Columns =
        """
        p.id AS Id, p.namespace AS Namespace, p.slug AS Slug, p.name AS Name, p.description AS Description, p.client_name AS ClientName,
               p.status AS Status, p.created_by AS CreatedBy, p.created_at AS CreatedAt, p.updated_at AS UpdatedAt
        """;

    public required Guid Id { get; init; }

    public required string Namespace { get; init; }

    public required string Slug { get; init; }

    public required string Name { get; init; }

    public required string? Description { get; init; }

    public required string? ClientName { get; init; }

    public required string Status { get; init; }

    public required Guid? CreatedBy { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }
}
