using System.Text.Json;
using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Features.Spaces;

public sealed record SpacesDatasetRow
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required string? Description { get; init; }

    public required string? Tags { get; init; }

    public required Guid ProjectId { get; init; }

    public required string? Metadata { get; init; }

    public required Guid? CreatedBy { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public IReadOnlyList<string> TagList => Tags is null ? [] : JsonSerializer.Deserialize<List<string>>(Tags)!;

    public StoredJson? StoredMetadata => StoredJson.From(Metadata);

    public SpacesDataset ToDataset() => new(Id, Name, Description, TagList, ProjectId, StoredMetadata, CreatedAt, UpdatedAt);

    public SpacesDatasetDetail ToDetail(IReadOnlyList<SpacesCollection> collections) =>
        new(Id, Name, Description, TagList, ProjectId, StoredMetadata, CreatedAt, UpdatedAt, collections);
}
