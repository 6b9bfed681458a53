namespace DataPlatform.Features.Platform.Projects.GetProject;

public sealed record GetProjectResponse(ProjectItem Project);
