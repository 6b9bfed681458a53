namespace DataPlatform.Domain.Projects;

/// <summary>A project to create: <see cref="Name"/> normalised, <see cref="ClientName"/> only from the Tracker surface.</summary>
public sealed record NewProject(Guid Id, string Name, string? Description, string? ClientName, Guid UserId, DateTime Now);
