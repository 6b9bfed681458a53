using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Infrastructure;

/// <summary>
/// Runs first, before the server accepts requests. Taking the signing key as a dependency creates it
/// now, not on the first login; then the schema is brought up to date (<see cref="Migrator"/>).
/// </summary>
public sealed class StartupTasks(
    DataDirectory dataDirectory,
    JwtSigningKey signingKey,
    Migrator migrator,
    ILogger<StartupTasks> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Data directory {DataDirectory}; token signing key {KeyId}", dataDirectory.Root, signingKey.Key.KeyId);
        await migrator.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
