namespace DataPlatform.Domain.Collections;

/// <summary>A collection row to write: <see cref="Members"/> as stored JSON; <see cref="CreatedAt"/> differs from <see cref="Now"/> only in an import.</summary>
public sealed record NewCollection(Guid Id, Guid ProjectId, Guid? DatasetId, string Name, string Members, Guid UserId, DateTime CreatedAt, DateTime Now);
