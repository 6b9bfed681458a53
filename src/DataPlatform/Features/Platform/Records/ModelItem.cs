using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Features.Platform.Records;

/// <param name="ArtifactId">The stored model file, when one was uploaded.</param>
/// <param name="FileName">The uploaded file's name.</param>
public sealed record ModelItem(
    Guid Id,
    Guid ProjectId,
    Guid ExperimentId,
    string Name,
    string Algorithm,
    StoredJson? Metrics,
    Guid? ArtifactId,
    string? FileName,
    Guid? CreatedBy,
    DateTime CreatedAt,
    DateTime UpdatedAt);
