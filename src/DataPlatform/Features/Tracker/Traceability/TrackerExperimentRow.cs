using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Features.Tracker;

public sealed record TrackerExperimentRow
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required string? Description { get; init; }

    public required string? Phase { get; init; }

    public required string? Hypothesis { get; init; }

    public required string? Parameters { get; init; }

    public required string? Metrics { get; init; }

    public required string? Result { get; init; }

    public required DateTime? RunDate { get; init; }

    public required Guid Project { get; init; }

    public required Guid? CreatedById { get; init; }

    public required string? CreatedByName { get; init; }

    public required string? CreatedByEmail { get; init; }

    public required DateTime CreatedAt { get; init; }

    public TrackerExperiment ToEntity() => new(
        Id, Name, Description ?? "", Phase ?? "", Hypothesis, StoredJson.From(Parameters), StoredJson.From(Metrics), Result, RunDate, Project,
        TrackerUser.From(CreatedById, CreatedByName, CreatedByEmail), CreatedAt);
}
