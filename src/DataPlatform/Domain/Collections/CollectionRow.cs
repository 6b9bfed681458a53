using System.Text.Json;

namespace DataPlatform.Domain.Collections;

/// <summary>A row of <c>collections</c>, as every surface reads it: <see cref="Columns"/>, from <c>collections c</c>.</summary>
public sealed record CollectionRow
{
    public const string Table = "collections";

    public const string Columns =
        "c.id AS Id, c.project_id AS ProjectId, c.dataset_id AS DatasetId, c.name AS Name, c.members AS Members, c.created_by AS CreatedBy, c.created_at AS CreatedAt, c.updated_at AS UpdatedAt";

    public required Guid Id { get; init; }

    public required Guid ProjectId { get; init; }

    /// <summary>Null for a standalone collection.</summary>
    public required Guid? DatasetId { get; init; }

    public required string Name { get; init; }

    /// <summary>The member ids as a JSON array of strings.</summary>
    public required string Members { get; init; }

    public required Guid? CreatedBy { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public IReadOnlyList<string> MemberList => JsonSerializer.Deserialize<List<string>>(Members)!;
}
