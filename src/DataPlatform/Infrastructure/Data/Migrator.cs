using System.Globalization;
using System.Reflection;
using Dapper;

namespace DataPlatform.Infrastructure.Data;

/// <summary>
/// Creates and upgrades the schema at startup from the ordered scripts in <c>Migrations/</c>
/// (<c>NNNN_name.sql</c>, embedded), recording each in <c>schema_version</c>. Each script runs in its
/// own transaction under the <c>schema</c> lock, so a failed upgrade leaves the previous version
/// intact and instances starting together apply each script once.
/// </summary>
public sealed class Migrator(Database database, ILogger<Migrator> logger)
{
    private const string ResourcePrefix = "migrations/";
    private const string LockName = "schema";

    private const string CreateVersionTable =
        """
        CREATE TABLE IF NOT EXISTS schema_version (
            version    INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            applied_at TEXT NOT NULL
        )
        """;

    public static IReadOnlyList<Migration> Migrations { get; } = LoadMigrations();

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var latest = Migrations[^1].Version;
        await using var connection = await database.OpenAsync(cancellationToken);
        await database.PrepareAsync(connection, cancellationToken);

        foreach (var migration in Migrations)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await database.LockAsync(connection, transaction, LockName, cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(CreateVersionTable, transaction: transaction, cancellationToken: cancellationToken));
            var current = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
                "SELECT COALESCE(MAX(version), 0) FROM schema_version", transaction: transaction, cancellationToken: cancellationToken));
            if (current > latest)
            {
                throw new InvalidOperationException(
                    $"The database at {database.Location} has schema version {current}, newer than this build knows ({latest}). Run a newer DataPlatform.");
            }

            if (current < migration.Version)
            {
                logger.LogInformation("Applying migration {Version} {Name} to {Database}", migration.Version, migration.Name, database.Location);
                await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                    new { migration.Version, migration.Name, AppliedAt = DateTime.UtcNow },
                    transaction,
                    cancellationToken: cancellationToken));
            }

            await transaction.CommitAsync(cancellationToken);
        }

        logger.LogInformation("{Provider} database {Database} is at schema version {Version}", database.Provider, database.Location, latest);
    }

    private static List<Migration> LoadMigrations()
    {
        var assembly = typeof(Migrator).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name => Load(assembly, name))
            .OrderBy(m => m.Version)
            .ToList();
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migrations must be numbered 1, 2, 3, ... without gaps; found {migrations[i].Version} at position {i + 1}.");
            }
        }

        return migrations.Count > 0 ? migrations : throw new InvalidOperationException("No migrations are embedded in the assembly.");
    }

    private static Migration Load(Assembly assembly, string resourceName)
    {
        var fileName = resourceName[ResourcePrefix.Length..^".sql".Length];
        var separator = fileName.IndexOf('_', StringComparison.Ordinal);
        var version = int.Parse(fileName[..separator], CultureInfo.InvariantCulture);
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return new Migration(version, fileName[(separator + 1)..], reader.ReadToEnd());
    }

    public sealed record Migration(int Version, string Name, string Sql);
}
