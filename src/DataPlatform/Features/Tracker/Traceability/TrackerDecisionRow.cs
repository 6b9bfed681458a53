namespace DataPlatform.Features.Tracker;

public sealed record TrackerDecisionRow
{
    public required Guid Id { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string Rationale { get; init; }

    public required string Phase { get; init; }

    public required DateTime DecisionDate { get; init; }

    public required Guid Project { get; init; }

    public required Guid? CreatedById { get; init; }

    public required string? CreatedByName { get; init; }

    public required string? CreatedByEmail { get; init; }

    public required DateTime CreatedAt { get; init; }

    public TrackerDecision ToEntity() =>
        new(Id, Title, Description, Rationale, Phase, DecisionDate, Project, TrackerUser.From(CreatedById, CreatedByName, CreatedByEmail), CreatedAt);
}
