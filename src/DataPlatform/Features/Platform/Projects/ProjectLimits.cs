namespace DataPlatform.Features.Platform.Projects;

internal static class ProjectLimits
{
    public const int MaxDescriptionLength = 10_000;
}
