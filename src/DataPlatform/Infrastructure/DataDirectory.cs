using Microsoft.Extensions.Options;

namespace DataPlatform.Infrastructure;

/// <summary>The data directory (created if missing) and its layout: the database file and the artifact folder.</summary>
public sealed class DataDirectory
{
    public DataDirectory(IOptions<DataPlatformOptions> options, ILogger<DataDirectory> logger)
    {
        Root = Path.GetFullPath(options.Value.DataDirectory);
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(ArtifactsPath);
        foreach (var (path, mode) in new[] { (Root, OwnerOnlyFiles.Folder) }.Concat(
            new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm", DatabasePath + "-journal" }.Select(file => (file, OwnerOnlyFiles.File))))
        {
            if (!OwnerOnlyFiles.Restrict(path, mode))
            {
                // A folder another user owns (a volume shared by group): the service still runs there.
                logger.LogWarning("Could not make {Path} readable by the service's user only: it belongs to another user", path);
            }
        }
    }

    public string Root { get; }

    public string DatabasePath => Path.Combine(Root, "dataplatform.db");

    public string ArtifactsPath => Path.Combine(Root, "artifacts");
}
