using System.Collections.Concurrent;
using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace DataPlatform.Infrastructure.Data;

/// <summary>
/// The embedded default: one SQLite file in the data directory, WAL, foreign keys on. Connections stay
/// open between requests, with their statements prepared (<see cref="PooledSqliteConnection"/>): up to
/// <see cref="MaxIdle"/> wait idle for the next request.
/// </summary>
public sealed class SqliteDatabase : Database
{
    public const int MaxIdle = 32;

    private readonly string _connectionString;

    /// <summary>One write transaction at a time in this process, the others waiting their turn without a thread.</summary>
    private readonly SemaphoreSlim _writers = new(1, 1);

    private readonly ConcurrentStack<PooledSqliteConnection> _idle = new();
    private int _idleCount;
    private bool _disposed;

    /// <summary>
    /// SQLite's multi-thread mode: no mutex around each call on a connection, since a connection here
    /// serves one caller at a time (<see cref="PooledSqliteConnection"/>). The default, serialized
    /// mode, locked and unlocked a mutex on every call (a tenth of an authorized GET's CPU). It can only
    /// be set before SQLite's first connection; when something opened one before, SQLite stays serialized.
    /// </summary>
    static SqliteDatabase()
    {
        SQLitePCL.Batteries_V2.Init();
        SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MULTITHREAD);
    }

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
        if (_idle.TryPop(out var idle))
        {
            Interlocked.Decrement(ref _idleCount);
            idle.Lend();
            return idle;
        }

        var connection = new PooledSqliteConnection(_connectionString, _writers, this);
        await connection.OpenAsync(cancellationToken);
        // SQLite's own lower() folds ASCII only; searches are case-insensitive for every script.
        connection.CreateFunction("lower", (string? value) => value?.ToLowerInvariant(), isDeterministic: true);
        connection.Lend();
        return connection;
    }

    /// <summary>Keeps a connection its caller disposed, open, for the next caller; false when enough are idle already (or the database is disposed).</summary>
    internal bool TryKeepIdle(PooledSqliteConnection connection)
    {
        if (Volatile.Read(ref _disposed) || Interlocked.Increment(ref _idleCount) > MaxIdle)
        {
            Interlocked.Decrement(ref _idleCount);
            return false;
        }

        _idle.Push(connection);
        return true;
    }

    /// <summary>Closes the idle connections.</summary>
    public override ValueTask DisposeAsync()
    {
        Volatile.Write(ref _disposed, true);
        while (_idle.TryPop(out var connection))
        {
            Interlocked.Decrement(ref _idleCount);
            connection.Retire();
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Nothing more to do: SQLite has one writer at a time, and transactions begin IMMEDIATE
    /// (Microsoft.Data.Sqlite's default), so a writing transaction already holds the lock.
    /// </summary>
    public override Task LockAsync(DbConnection connection, DbTransaction transaction, string resource, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public override bool LocksResources => false;

    /// <summary>A deferred transaction: in WAL mode its first read fixes what it sees, and it never waits for the write turn.</summary>
    public override Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    /// <summary>SQLITE_CONSTRAINT_FOREIGNKEY (787).</summary>
    public override bool IsForeignKeyViolation(Exception exception) => exception is SqliteException { SqliteExtendedErrorCode: 787 };

    /// <summary>SQLITE_FULL (13): the disk under the database file is full.</summary>
    public override bool IsStorageFull(Exception exception) => exception is SqliteException { SqliteErrorCode: 13 };

    public override Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode=WAL;", cancellationToken: cancellationToken));
}
