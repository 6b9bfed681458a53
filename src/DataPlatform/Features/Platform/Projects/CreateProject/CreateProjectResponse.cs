namespace DataPlatform.Features.Platform.Projects.CreateProject;

public sealed record CreateProjectResponse(Guid ProjectId, ProjectItem Project);
