namespace DataPlatform.Features.Platform.Projects.ListProjects;

public sealed record ListProjectsResponse(IReadOnlyList<ProjectItem> Items, long Total, int Limit, int Offset);
