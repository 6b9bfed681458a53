namespace DataPlatform.Domain.Traceability;

/// <summary>A row of <c>decisions</c>, as every surface reads it: <see cref="Columns"/>, from <c>decisions dc</c>.</summary>
public sealed record DecisionRow
{
    public const string Table = "decisions";

    public const string Columns =
        """
        dc.id AS Id, dc.project_id AS ProjectId, dc.title AS Title, dc.description AS Description, dc.rationale AS Rationale, dc.phase AS Phase,
               dc.decision_date AS DecisionDate, dc.created_by AS CreatedBy, dc.created_at AS CreatedAt
        """;

    public required Guid Id { get; init; }

    public required Guid ProjectId { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string Rationale { get; init; }

    public required string Phase { get; init; }

    public required DateTime DecisionDate { get; init; }

    public required Guid? CreatedBy { get; init; }

    public required DateTime CreatedAt { get; init; }
}
