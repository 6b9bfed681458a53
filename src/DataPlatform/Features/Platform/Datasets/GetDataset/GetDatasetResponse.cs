namespace DataPlatform.Features.Platform.Datasets.GetDataset;

/// <param name="Preview">The first 20 rows, one object per row keyed by column name; numbers as numbers, missing values as null.</param>
/// <param name="PreviewError">Why there is no preview (no file yet, or a file that cannot be read); null otherwise.</param>
public sealed record GetDatasetResponse(DatasetDetail Dataset, IReadOnlyList<IReadOnlyDictionary<string, object?>> Preview, string? PreviewError);
