namespace DataPlatform.Domain.Projects;

public sealed record ManifestProject(Guid Id, string Name, string? Description, string? ClientName, string Status, DateTime CreatedAt);
