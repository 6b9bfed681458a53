using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Features.Platform.Records;

public sealed record ExperimentRow
{
    public required Guid Id { get; init; }

    public required Guid ProjectId { get; init; }

    public required string Name { get; init; }

    public required string? Description { get; init; }

    public required string? Phase { get; init; }

    public required Guid? DatasetId { get; init; }

    public required Guid? DatasetVersionId { get; init; }

    public required string? TargetColumn { get; init; }

    public required string? ProblemType { get; init; }

    public required string Status { get; init; }

    public required string? Metrics { get; init; }

    public required long ModelCount { get; init; }

    public required string? BestModelType { get; init; }

    public required DateTime? FinishedAt { get; init; }

    public required Guid? CreatedBy { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public ExperimentItem ToItem() => new(
        Id, ProjectId, Name, Description, Phase, DatasetId, DatasetVersionId, TargetColumn, ProblemType, Status, StoredJson.From(Metrics), ModelCount,
        BestModelType, FinishedAt is { } finished ? (long)Math.Round((finished - CreatedAt).TotalSeconds) : null, CreatedBy, CreatedAt, UpdatedAt);
}
