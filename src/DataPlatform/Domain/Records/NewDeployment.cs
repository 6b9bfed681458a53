namespace DataPlatform.Domain.Records;

/// <summary>A deployment row to write; <see cref="CreatedAt"/> differs from <see cref="Now"/> only in an import.</summary>
public sealed record NewDeployment(Guid Id, Guid ProjectId, Guid ModelId, string Name, string Stage, bool IsActive, Guid UserId, DateTime CreatedAt, DateTime Now);
