namespace DataPlatform.Features.Platform.Records;

/// <param name="Stage">development, staging or production.</param>
public sealed record DeploymentItem(
    Guid Id,
    Guid ProjectId,
    Guid ModelId,
    string Name,
    string Stage,
    bool IsActive,
    Guid? CreatedBy,
    DateTime CreatedAt,
    DateTime UpdatedAt);
