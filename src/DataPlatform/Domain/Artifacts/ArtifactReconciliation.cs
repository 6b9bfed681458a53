using Dapper;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Domain.Artifacts;

/// <summary>
/// Runs at startup, after the schema is up to date and before the server accepts requests, and removes
/// what a crash left behind: the staged files of processes that no longer run, and stored files that no
/// artifact row references (a delete killed between its commit and its file removal). Each stored file
/// is removed under its artifact's lock after checking again that no row refers to it, so an upload of
/// the same bytes on another instance, which holds that lock until it commits, keeps its file.
/// </summary>
public sealed class ArtifactReconciliation(
    DataDirectory dataDirectory,
    Database database,
    IArtifactStore artifacts,
    TimeProvider time,
    ILogger<ArtifactReconciliation> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var staged = artifacts.SweepStaging(time.GetUtcNow().UtcDateTime);
        if (staged > 0)
        {
            logger.LogInformation("Removed {Count} staged file(s) left by a process that stopped", staged);
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var referenced = (await connection.QueryAsync<string>(new CommandDefinition("SELECT sha256 FROM artifacts", cancellationToken: cancellationToken)))
            .ToHashSet(StringComparer.Ordinal);
        var stored = artifacts.StoredFiles();
        var unreferenced = stored.Where(sha256 => !referenced.Contains(sha256)).ToList();
        await ArtifactRows.RemoveFilesAsync(database, connection, artifacts, unreferenced);
        if (unreferenced.Count > 0)
        {
            logger.LogInformation("Removed {Count} stored file(s) that no row references", unreferenced.Count);
        }

        var missing = referenced.Except(stored, StringComparer.Ordinal).Count();
        if (missing > 0)
        {
            logger.LogWarning("{Count} artifact row(s) refer to a file missing from {Folder}: restore the folder from a backup", missing, dataDirectory.ArtifactsPath);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
