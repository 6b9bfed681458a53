namespace DataPlatform.Domain.Projects;

public sealed record ManifestDeployment(Guid Id, Guid ModelId, string Name, string Stage, bool IsActive, DateTime CreatedAt);
