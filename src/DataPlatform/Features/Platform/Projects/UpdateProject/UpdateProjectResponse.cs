namespace DataPlatform.Features.Platform.Projects.UpdateProject;

public sealed record UpdateProjectResponse(ProjectItem Project);
