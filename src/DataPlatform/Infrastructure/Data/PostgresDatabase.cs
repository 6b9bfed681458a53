using System.Data.Common;
using Dapper;
using Npgsql;

namespace DataPlatform.Infrastructure.Data;

/// <summary>PostgreSQL through Npgsql, for teams that run several instances against one database.</summary>
public sealed class PostgresDatabase : Database
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Location = $"postgres://{builder.Host}:{builder.Port}/{builder.Database}";
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public override string Provider => "postgres";

    public override string Location { get; }

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>A transaction-scoped advisory lock on a 64-bit hash of the resource name.</summary>
    public override Task LockAsync(DbConnection connection, DbTransaction transaction, string resource, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_xact_lock(hashtextextended(@Resource, 0))", new { Resource = resource }, transaction, cancellationToken: cancellationToken));

    public override bool LocksResources => true;

    public override async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);

    public override bool IsForeignKeyViolation(Exception exception) => exception is PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation };

    public override bool IsStorageFull(Exception exception) => exception is PostgresException { SqlState: PostgresErrorCodes.DiskFull };

    public override Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
