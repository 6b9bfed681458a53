namespace DataPlatform.Domain.Records;

/// <summary>A model row to write: <see cref="Metrics"/> as stored JSON; <see cref="CreatedAt"/> differs from <see cref="Now"/> only in an import.</summary>
public sealed record NewModel(Guid Id, Guid ProjectId, Guid ExperimentId, string Name, string Algorithm, string? Metrics, Guid? ArtifactId, string? FileName, Guid UserId, DateTime CreatedAt, DateTime Now);
