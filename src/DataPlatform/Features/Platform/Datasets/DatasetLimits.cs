namespace DataPlatform.Features.Platform.Datasets;

internal static class DatasetLimits
{
    public const int MaxDescriptionLength = 10_000;
}
