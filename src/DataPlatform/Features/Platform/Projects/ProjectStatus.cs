namespace DataPlatform.Features.Platform.Projects;

public enum ProjectStatus
{
    Active,
    Archived,
}
