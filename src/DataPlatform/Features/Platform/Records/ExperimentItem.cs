using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Features.Platform.Records;

/// <summary>An experiment: an ML run on a dataset version, or an entry logged on the Tracker surface (the same table).</summary>
/// <param name="Phase">CRISP-DM phase (Tracker); null when logged here without one.</param>
/// <param name="DatasetVersionId">The version it trained on, when known.</param>
/// <param name="Status">pending, running, completed, succeeded, failed or cancelled.</param>
/// <param name="Metrics">A JSON object, or null.</param>
/// <param name="BestModelType">The algorithm of its most recently registered model.</param>
/// <param name="Duration">Seconds from creation to the status that ended it; null while it runs.</param>
public sealed record ExperimentItem(
    Guid Id,
    Guid ProjectId,
    string Name,
    string? Description,
    string? Phase,
    Guid? DatasetId,
    Guid? DatasetVersionId,
    string? TargetColumn,
    string? ProblemType,
    string Status,
    StoredJson? Metrics,
    long ModelCount,
    string? BestModelType,
    long? Duration,
    Guid? CreatedBy,
    DateTime CreatedAt,
    DateTime UpdatedAt);
