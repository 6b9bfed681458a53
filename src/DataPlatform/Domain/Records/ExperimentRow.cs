namespace DataPlatform.Domain.Records;

/// <summary>A row of <c>experiments</c>, as every surface reads it: <see cref="Columns"/>, from <c>experiments e</c>.</summary>
public sealed record ExperimentRow
{
    public const string Table = "experiments";

    public const string Columns =
        """
        e.id AS Id, e.project_id AS ProjectId, e.name AS Name, e.description AS Description, e.phase AS Phase, e.hypothesis AS Hypothesis,
               e.parameters AS Parameters, e.metrics AS Metrics, e.result AS Result, e.run_date AS RunDate, e.dataset_id AS DatasetId,
               e.dataset_version_id AS DatasetVersionId, e.target_column AS TargetColumn, e.problem_type AS ProblemType, e.status AS Status,
               e.finished_at AS FinishedAt, e.created_by AS CreatedBy, e.created_at AS CreatedAt, e.updated_at AS UpdatedAt
        """;

    /// <summary>What an experiment logged without a status (on the Tracker surface) reads as.</summary>
    public const string DefaultStatus = "completed";

    public required Guid Id { get; init; }

    public required Guid ProjectId { get; init; }

    public required string Name { get; init; }

    public required string? Description { get; init; }

    public required string? Phase { get; init; }

    public required string? Hypothesis { get; init; }

    /// <summary>JSON object.</summary>
    public required string? Parameters { get; init; }

    /// <summary>JSON object.</summary>
    public required string? Metrics { get; init; }

    public required string? Result { get; init; }

    public required DateTime? RunDate { get; init; }

    public required Guid? DatasetId { get; init; }

    public required Guid? DatasetVersionId { get; init; }

    public required string? TargetColumn { get; init; }

    public required string? ProblemType { get; init; }

    /// <summary>Null for experiments logged on the Tracker surface (<see cref="DefaultStatus"/>).</summary>
    public required string? Status { get; init; }

    public required DateTime? FinishedAt { get; init; }

    public required Guid? CreatedBy { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }
}
