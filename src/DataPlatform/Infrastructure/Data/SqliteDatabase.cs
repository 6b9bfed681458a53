using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace DataPlatform.Infrastructure.Data;

/// <summary>The embedded default: one SQLite file in the data directory, WAL, foreign keys on.</summary>
public sealed class SqliteDatabase : Database
{
    private readonly string _connectionString;

    public SqliteDatabase(string path)
    {
        Location = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public override string Provider => "sqlite";

    public override string Location { get; }

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        // SQLite's own lower() folds ASCII only; searches are case-insensitive for every script.
        connection.CreateFunction("lower", (string? value) => value?.ToLowerInvariant(), isDeterministic: true);
        return connection;
    }

    /// <summary>
    /// Nothing to do: SQLite has one writer at a time, and transactions begin IMMEDIATE
    /// (Microsoft.Data.Sqlite's default), so a writing transaction already holds the lock.
    /// </summary>
    public override Task LockAsync(DbConnection connection, DbTransaction transaction, string resource, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>SQLITE_CONSTRAINT_FOREIGNKEY (787).</summary>
    public override bool IsForeignKeyViolation(Exception exception) => exception is SqliteException { SqliteExtendedErrorCode: 787 };

    /// <summary>SQLITE_FULL (13): the disk under the database file is full.</summary>
    public override bool IsStorageFull(Exception exception) => exception is SqliteException { SqliteErrorCode: 13 };

    public override Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode=WAL;", cancellationToken: cancellationToken));
}
