namespace DataPlatform.Domain.Projects;

public sealed record ManifestTask(Guid Id, string Name, string Status, DateTime CreatedAt);
