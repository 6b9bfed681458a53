namespace DataPlatform.Features.Platform.Projects.DeleteProject;

public sealed record DeleteProjectResponse(bool Ok);
