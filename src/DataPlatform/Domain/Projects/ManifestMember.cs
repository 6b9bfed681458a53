namespace DataPlatform.Domain.Projects;

public sealed record ManifestMember(Guid UserId, string Email, string Name, string Role);
