namespace DataPlatform.Domain.Traceability;

/// <summary>A task row to write; <see cref="CreatedAt"/> differs from <see cref="Now"/> only in an import.</summary>
public sealed record NewTask(Guid Id, Guid ProjectId, string Name, string Status, Guid UserId, DateTime CreatedAt, DateTime Now);
