using System.Data;
using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace DataPlatform.Infrastructure.Data;

/// <summary>The embedded default: one SQLite file in the data directory, WAL, foreign keys on.</summary>
public sealed class SqliteDatabase : Database
{
    private readonly string _connectionString;

    /// <summary>One write transaction at a time in this process, the others waiting their turn without a thread.</summary>
    private readonly SemaphoreSlim _writers = new(1, 1);

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
        var connection = new WriteQueuedConnection(_connectionString, _writers);
        await connection.OpenAsync(cancellationToken);
        // SQLite's own lower() folds ASCII only; searches are case-insensitive for every script.
        connection.CreateFunction("lower", (string? value) => value?.ToLowerInvariant(), isDeterministic: true);
        return connection;
    }

    /// <summary>
    /// Nothing more to do: SQLite has one writer at a time, and transactions begin IMMEDIATE
    /// (Microsoft.Data.Sqlite's default), so a writing transaction already holds the lock.
    /// </summary>
    public override Task LockAsync(DbConnection connection, DbTransaction transaction, string resource, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public override bool LocksResources => false;

    /// <summary>SQLITE_CONSTRAINT_FOREIGNKEY (787).</summary>
    public override bool IsForeignKeyViolation(Exception exception) => exception is SqliteException { SqliteExtendedErrorCode: 787 };

    /// <summary>SQLITE_FULL (13): the disk under the database file is full.</summary>
    public override bool IsStorageFull(Exception exception) => exception is SqliteException { SqliteErrorCode: 13 };

    public override Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode=WAL;", cancellationToken: cancellationToken));

    /// <summary>
    /// A connection whose write transactions queue for the database in this process. SQLite lets one
    /// transaction write at a time, and Microsoft.Data.Sqlite waits for a busy database by sleeping
    /// on the request's thread and trying again every 150 ms: under 50 concurrent writers that blocked
    /// a thread each, starved the thread pool (reads waited up to 9 s) and let late writers overtake
    /// early ones (write p99 12 s). Here a transaction first waits, asynchronously and in order, for
    /// the process's turn; the turn is given back when the connection closes (every write path
    /// commits and closes its connection at once). Other processes on the same file still meet
    /// SQLite's own lock, as before.
    /// </summary>
    private sealed class WriteQueuedConnection(string connectionString, SemaphoreSlim writers) : SqliteConnection(connectionString)
    {
        private bool _hasTurn;

        public override SqliteTransaction BeginTransaction(IsolationLevel isolationLevel, bool deferred)
        {
            if (!_hasTurn)
            {
                writers.Wait();
                _hasTurn = true;
            }

            return BeginHoldingTurn(isolationLevel, deferred);
        }

        protected override async ValueTask<DbTransaction> BeginDbTransactionAsync(IsolationLevel isolationLevel, CancellationToken cancellationToken)
        {
            if (!_hasTurn)
            {
                await writers.WaitAsync(cancellationToken);
                _hasTurn = true;
            }

            return BeginHoldingTurn(isolationLevel, deferred: false);
        }

        public override void Close()
        {
            try
            {
                base.Close();
            }
            finally
            {
                GiveBackTurn();
            }
        }

        protected override void Dispose(bool disposing)
        {
            try
            {
                base.Dispose(disposing);
            }
            finally
            {
                GiveBackTurn();
            }
        }

        private SqliteTransaction BeginHoldingTurn(IsolationLevel isolationLevel, bool deferred)
        {
            try
            {
                return base.BeginTransaction(isolationLevel, deferred);
            }
            catch
            {
                GiveBackTurn();
                throw;
            }
        }

        private void GiveBackTurn()
        {
            if (_hasTurn)
            {
                _hasTurn = false;
                writers.Release();
            }
        }
    }
}
