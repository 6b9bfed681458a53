namespace DataPlatform.Domain.Projects;

public sealed record ManifestDecision(Guid Id, string Title, string Description, string Rationale, string Phase, DateTime DecisionDate, DateTime CreatedAt);
