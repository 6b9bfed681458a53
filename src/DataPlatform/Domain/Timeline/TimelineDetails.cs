namespace DataPlatform.Domain.Timeline;

/// <summary>What an event carries beside its type and name; only the fields of its kind are set.</summary>
public sealed record TimelineDetails(
    Guid? UserId = null,
    string? Email = null,
    string? Role = null,
    Guid? DatasetId = null,
    long? Version = null,
    long? Rows = null,
    long? Columns = null,
    Guid? ExperimentId = null,
    string? Status = null,
    string? TargetColumn = null,
    string? ProblemType = null,
    string? BestModelType = null,
    long? Duration = null,
    Guid? ModelId = null,
    string? Stage = null,
    bool? IsActive = null);
