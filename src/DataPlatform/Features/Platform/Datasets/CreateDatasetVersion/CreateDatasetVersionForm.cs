namespace DataPlatform.Features.Platform.Datasets.CreateDatasetVersion;

/// <summary>The form of a new version (for the API description; the body is read as a stream).</summary>
/// <param name="Description">What changed in this version.</param>
/// <param name="File">The CSV or Parquet file; send it as the last part.</param>
public sealed record CreateDatasetVersionForm(string Description, IFormFile File);
