namespace DataPlatform.Domain.Projects;

/// <param name="DatasetId">Null for a standalone collection.</param>
public sealed record ManifestCollection(Guid Id, Guid? DatasetId, string Name, IReadOnlyList<string> Members, DateTime CreatedAt);
