using System.Text.Json;

namespace DataPlatform.Features.Spaces;

public sealed record SpacesCollectionRow
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required string Members { get; init; }

    public required Guid? DatasetId { get; init; }

    public required Guid ProjectId { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public SpacesCollection ToCollection() => new(Id, Name, JsonSerializer.Deserialize<List<string>>(Members)!, DatasetId, ProjectId, CreatedAt, UpdatedAt);
}
