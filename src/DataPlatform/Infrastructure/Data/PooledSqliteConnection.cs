using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace DataPlatform.Infrastructure.Data;

/// <summary>
/// A SQLite connection that stays open between requests with its statements prepared, and whose write
/// transactions queue for the database in this process.
/// <para>
/// Prepared statements: Microsoft.Data.Sqlite prepares a command's SQL on every new command and drops it
/// when the connection closes, and preparing was a third of the CPU an authorized GET cost. This
/// connection keeps one prepared command per SQL text it has run (<see cref="CachedSqliteCommand"/>), up to
/// <see cref="MaxStatements"/>, and closing it gives it back to <see cref="SqliteDatabase"/>'s idle connections
/// open, so the next request finds its statements ready.
/// </para>
/// <para>
/// Write turns: SQLite lets one transaction write at a time, and Microsoft.Data.Sqlite waits for a busy
/// database by sleeping on the request's thread and trying again every 150 ms: under 50 concurrent
/// writers that blocked a thread each, starved the thread pool (reads waited up to 9 s) and let late
/// writers overtake early ones (write p99 12 s). Here a transaction first waits, asynchronously and in
/// order, for the process's turn; the turn is given back when the connection is closed (every request
/// closes its connection when its work is done). Other processes on the same file still meet SQLite's
/// own lock, as before.
/// </para>
/// </summary>
internal sealed class PooledSqliteConnection(string connectionString, SemaphoreSlim writers, SqliteDatabase database) : SqliteConnection(connectionString)
{
    /// <summary>Distinct SQL texts kept prepared per connection; texts beyond it are prepared each time (SQL built at run time, such as long IN lists).</summary>
    public const int MaxStatements = 256;

    private readonly Dictionary<string, Statement> _statements = new(StringComparer.Ordinal);
    private bool _hasTurn;

    /// <summary>Whether a caller holds the connection (between <see cref="SqliteDatabase.OpenAsync"/> and closing it).</summary>
    public bool Lent { get; set; }

    /// <summary>The prepared command for <paramref name="sql"/>, or a new one that is not kept when that one is in use or there are too many.</summary>
    public (SqliteCommand Command, bool Kept) Rent(string sql)
    {
        if (_statements.TryGetValue(sql, out var statement))
        {
            if (!statement.InUse)
            {
                statement.InUse = true;
                return (statement.Command, true);
            }

            return (new SqliteCommand(sql, this), false);
        }

        var command = new SqliteCommand(sql, this);
        if (_statements.Count >= MaxStatements)
        {
            return (command, false);
        }

        _statements[sql] = new Statement(command) { InUse = true };
        return (command, true);
    }

    /// <summary>Gives a kept command back, its parameters and transaction cleared, for the next use of its SQL.</summary>
    public void Return(SqliteCommand command)
    {
        command.Parameters.Clear();
        command.Transaction = null;
        _statements[command.CommandText].InUse = false;
    }

    protected override DbCommand CreateDbCommand() => new CachedSqliteCommand(this);

    /// <summary>A deferred transaction only reads (<see cref="Database.BeginSnapshotAsync"/>) and takes no write turn; any other waits for it.</summary>
    public override SqliteTransaction BeginTransaction(IsolationLevel isolationLevel, bool deferred)
    {
        if (deferred)
        {
            return base.BeginTransaction(isolationLevel, deferred);
        }

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

    /// <summary>Gives the write turn back and the connection, still open, to the idle ones; closes it when they are enough or it is not reusable.</summary>
    public override void Close()
    {
        if (Lent)
        {
            Lent = false;
            GiveBackTurn();
            if (State == ConnectionState.Open && Transaction is null && database.TryKeepIdle(this))
            {
                return;
            }
        }

        CloseForGood();
    }

    public override ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Lent)
        {
            Close();
            return;
        }

        try
        {
            _statements.Clear();
            base.Dispose(disposing);
        }
        finally
        {
            GiveBackTurn();
        }
    }

    /// <summary>Closes the connection and drops its prepared statements.</summary>
    public void CloseForGood()
    {
        try
        {
            _statements.Clear();
            base.Close();
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

    private sealed class Statement(SqliteCommand command)
    {
        public SqliteCommand Command { get; } = command;

        public bool InUse { get; set; }
    }
}
