using System.Text.Json;

namespace DataPlatform.Domain.Projects;

public sealed record ManifestExperiment(
    Guid Id,
    string Name,
    string? Description,
    string? Phase,
    string? Hypothesis,
    JsonElement? Parameters,
    JsonElement? Metrics,
    string? Result,
    DateTime? RunDate,
    Guid? DatasetId,
    Guid? DatasetVersionId,
    string? TargetColumn,
    string? ProblemType,
    string? Status,
    DateTime? FinishedAt,
    DateTime CreatedAt);
