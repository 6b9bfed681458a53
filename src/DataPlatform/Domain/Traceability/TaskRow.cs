namespace DataPlatform.Domain.Traceability;

/// <summary>A row of <c>tasks</c>, as every surface reads it: <see cref="Columns"/>, from <c>tasks t</c>.</summary>
public sealed record TaskRow
{
    public const string Table = "tasks";

    public const string Columns =
        "t.id AS Id, t.project_id AS ProjectId, t.name AS Name, t.status AS Status, t.created_by AS CreatedBy, t.created_at AS CreatedAt, t.updated_at AS UpdatedAt";

    public required Guid Id { get; init; }

    public required Guid ProjectId { get; init; }

    public required string Name { get; init; }

    public required string Status { get; init; }

    public required Guid? CreatedBy { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }
}
