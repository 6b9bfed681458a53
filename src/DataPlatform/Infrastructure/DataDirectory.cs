using Microsoft.Extensions.Options;

namespace DataPlatform.Infrastructure;

/// <summary>The data directory (created if missing) and its layout: the database file and the artifact folder.</summary>
public sealed class DataDirectory
{
    public DataDirectory(IOptions<DataPlatformOptions> options)
    {
        Root = Path.GetFullPath(options.Value.DataDirectory);
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(ArtifactsPath);
        OwnerOnlyFiles.Restrict(Root, OwnerOnlyFiles.Folder);
        foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm", DatabasePath + "-journal" })
        {
            OwnerOnlyFiles.Restrict(file, OwnerOnlyFiles.File);
        }
    }

    public string Root { get; }

    public string DatabasePath => Path.Combine(Root, "dataplatform.db");

    public string ArtifactsPath => Path.Combine(Root, "artifacts");
}
