namespace DataPlatform.Domain.Traceability;

/// <summary>A decision row to write; <see cref="CreatedAt"/> is the import's own in an import.</summary>
public sealed record NewDecision(Guid Id, Guid ProjectId, string Title, string Description, string Rationale, string Phase, DateTime DecisionDate, Guid UserId, DateTime CreatedAt);
