using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Features.Platform.Records;

public sealed record ModelRow
{
    public required Guid Id { get; init; }

    public required Guid ProjectId { get; init; }

    public required Guid ExperimentId { get; init; }

    public required string Name { get; init; }

    public required string Algorithm { get; init; }

    public required string? Metrics { get; init; }

    public required Guid? ArtifactId { get; init; }

    public required string? FileName { get; init; }

    public required Guid? CreatedBy { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public ModelItem ToItem() => new(Id, ProjectId, ExperimentId, Name, Algorithm, StoredJson.From(Metrics), ArtifactId, FileName, CreatedBy, CreatedAt, UpdatedAt);
}
