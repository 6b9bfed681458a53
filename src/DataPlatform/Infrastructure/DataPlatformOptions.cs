namespace DataPlatform.Infrastructure;

/// <summary>The <c>DataPlatform</c> section of the configuration; every key has a default that runs on a laptop.</summary>
public sealed class DataPlatformOptions
{
    public const string Section = "DataPlatform";

    /// <summary>Folder holding the SQLite database, the artifacts and the generated signing key; created if missing.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// A PostgreSQL connection string (Npgsql format); empty means the embedded SQLite database in the
    /// data directory. <c>ConnectionStrings:DataPlatform</c>, when set, takes precedence.
    /// </summary>
    public string? Database { get; set; }

    /// <summary>
    /// Largest dataset file accepted by an upload (bytes); larger ones get 413. Also read from the
    /// <c>MAX_DATASET_UPLOAD_BYTES</c> environment variable when this key is not set.
    /// </summary>
    public long MaxDatasetUploadBytes { get; set; } = 500L * 1024 * 1024;

    /// <summary>Largest JSON request body accepted (bytes); larger bodies get 413.</summary>
    public long MaxJsonBodyBytes { get; set; } = 1024 * 1024;

    public AuthOptions Auth { get; set; } = new();
}
