namespace DataPlatform.Features.Platform.Datasets.UploadDataset;

/// <summary>The form of an upload (for the API description; the body is read as a stream).</summary>
public sealed class UploadDatasetForm
{
    /// <summary>UUID of the owning project.</summary>
    public required string ProjectId { get; init; }

    /// <summary>Human-readable dataset name, unique in the project.</summary>
    public required string Name { get; init; }

    /// <summary>Optional description.</summary>
    public string? Description { get; init; }

    /// <summary>The CSV or Parquet file; send it as the last part.</summary>
    public required IFormFile File { get; init; }
}
