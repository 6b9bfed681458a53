using Dapper;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Infrastructure;

/// <summary>
/// Runs before the server accepts requests. Taking the signing key as a dependency creates it now,
/// not on the first login; then the schema is brought up to date, and artifact files that no row
/// references (an upload that failed between moving its file and committing) are removed.
/// </summary>
public sealed class StartupTasks(
    DataDirectory dataDirectory,
    JwtSigningKey signingKey,
    Migrator migrator,
    Database database,
    IArtifactStore artifacts,
    TimeProvider time,
    ILogger<StartupTasks> logger)
    : IHostedService
{
    /// <summary>Unreferenced files younger than this may belong to an upload in progress on another instance.</summary>
    private static readonly TimeSpan SweepAge = TimeSpan.FromHours(1);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Data directory {DataDirectory}; token signing key {KeyId}", dataDirectory.Root, signingKey.Key.KeyId);
        await migrator.MigrateAsync(cancellationToken);

        await using var connection = await database.OpenAsync(cancellationToken);
        var referenced = (await connection.QueryAsync<string>(new CommandDefinition("SELECT sha256 FROM artifacts", cancellationToken: cancellationToken)))
            .ToHashSet(StringComparer.Ordinal);
        var removed = artifacts.Sweep(referenced, time.GetUtcNow().UtcDateTime - SweepAge);
        if (removed > 0)
        {
            logger.LogInformation("Removed {Count} artifact file(s) that no dataset references", removed);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
