namespace DataPlatform.Domain.Records;

/// <summary>
/// An experiment row to write. The Platform API sets the run's dataset, target, problem type, status
/// and metrics; the Tracker surface its CRISP-DM phase, hypothesis, parameters, metrics, result and run
/// date; an import whatever was exported. JSON (<see cref="Parameters"/>, <see cref="Metrics"/>) as
/// stored; <see cref="CreatedAt"/> differs from <see cref="Now"/> only in an import.
/// </summary>
public sealed record NewExperiment(Guid Id, Guid ProjectId, string Name, string? Description, Guid UserId, DateTime CreatedAt, DateTime Now)
{
    public string? Phase { get; init; }

    public string? Hypothesis { get; init; }

    public string? Parameters { get; init; }

    public string? Metrics { get; init; }

    public string? Result { get; init; }

    public DateTime? RunDate { get; init; }

    public Guid? DatasetId { get; init; }

    public Guid? DatasetVersionId { get; init; }

    public string? TargetColumn { get; init; }

    public string? ProblemType { get; init; }

    public string? Status { get; init; }

    public DateTime? FinishedAt { get; init; }
}
