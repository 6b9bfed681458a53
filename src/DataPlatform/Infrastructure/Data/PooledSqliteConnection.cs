using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace DataPlatform.Infrastructure.Data;

/// <summary>
/// A SQLite connection that stays open between requests with its statements prepared, and whose write
/// transactions queue for the database in this process.
/// <para>
/// Lending: <see cref="SqliteDatabase.OpenAsync"/> lends the connection; disposing it once ends the lend
/// and gives it back, still open, to the idle ones (or closes it when they are enough). Closing it
/// explicitly ends the lend too but closes it for good, so that a caller that closes and then disposes
/// cannot give back a connection another caller already holds.
/// </para>
/// <para>
/// Prepared statements: Microsoft.Data.Sqlite prepares a command's SQL on every new command and drops it
/// when the connection closes, and preparing was a third of the CPU an authorized GET cost. This
/// connection keeps one prepared command per SQL text it has run (<see cref="CachedSqliteCommand"/>), the
/// <see cref="MaxStatements"/> most recently used: SQL built at run time (an IN list, a batch of rows)
/// pushes out the statement used longest ago, never one in use.
/// </para>
/// <para>
/// Write turns: SQLite lets one transaction write at a time, and Microsoft.Data.Sqlite waits for a busy
/// database by sleeping on the request's thread and trying again every 150 ms: under 50 concurrent
/// writers that blocked a thread each, starved the thread pool (reads waited up to 9 s) and let late
/// writers overtake early ones (write p99 12 s). Here a writing transaction, begun with
/// <see cref="DbConnection.BeginTransactionAsync(CancellationToken)"/>, first waits, asynchronously and in
/// order, for the process's turn (<see cref="WriteTransaction"/>), and gives it back as soon as it commits
/// or rolls back. Other processes on the same file still meet SQLite's own lock, as before.
/// </para>
/// </summary>
internal sealed class PooledSqliteConnection(string connectionString, SemaphoreSlim writers, SqliteDatabase database) : SqliteConnection(connectionString)
{
    /// <summary>Distinct SQL texts kept prepared per connection.</summary>
    public const int MaxStatements = 256;

    private readonly Dictionary<string, LinkedListNode<Statement>> _statements = new(StringComparer.Ordinal);

    /// <summary>The kept statements, the most recently used first.</summary>
    private readonly LinkedList<Statement> _recent = new();

    private WriteTransaction? _writing;
    private bool _lent;

    /// <summary>How many statements the connection keeps prepared.</summary>
    public int KeptStatements => _statements.Count;

    /// <summary>Hands the connection to a caller, until it disposes or closes it.</summary>
    public void Lend() => _lent = true;

    /// <summary>The prepared command for <paramref name="sql"/>, or a new one that is not kept when that one is in use or all kept ones are.</summary>
    public (SqliteCommand Command, bool Kept) Rent(string sql)
    {
        if (_statements.TryGetValue(sql, out var node))
        {
            if (node.Value.InUse)
            {
                return (new SqliteCommand(sql, this), false);
            }

            _recent.Remove(node);
            _recent.AddFirst(node);
            node.Value.InUse = true;
            return (node.Value.Command, true);
        }

        var command = new SqliteCommand(sql, this);
        if (_statements.Count >= MaxStatements && !EvictLeastRecent())
        {
            return (command, false);
        }

        _statements[sql] = _recent.AddFirst(new Statement(command) { InUse = true });
        return (command, true);
    }

    /// <summary>Gives a kept command back, its parameters and transaction cleared, for the next use of its SQL.</summary>
    public void Return(SqliteCommand command)
    {
        command.Parameters.Clear();
        command.Transaction = null;
        _statements[command.CommandText].Value.InUse = false;
    }

    protected override DbCommand CreateDbCommand() => new CachedSqliteCommand(this);

    /// <summary>
    /// A deferred transaction only reads (<see cref="Database.BeginSnapshotAsync"/>); a writing one must be
    /// begun asynchronously, so that it waits for the write turn without holding a thread.
    /// </summary>
    public override SqliteTransaction BeginTransaction(IsolationLevel isolationLevel, bool deferred) =>
        deferred
            ? base.BeginTransaction(isolationLevel, deferred)
            : throw new NotSupportedException("Begin a writing transaction with BeginTransactionAsync: it waits for the process's write turn.");

    protected override async ValueTask<DbTransaction> BeginDbTransactionAsync(IsolationLevel isolationLevel, CancellationToken cancellationToken)
    {
        await writers.WaitAsync(cancellationToken);
        try
        {
            _writing = new WriteTransaction(base.BeginTransaction(isolationLevel, deferred: false), this);
            return _writing;
        }
        catch
        {
            writers.Release();
            throw;
        }
    }

    /// <summary>Called by <see cref="WriteTransaction"/> once it has committed or rolled back: the next writer may begin.</summary>
    public void Ended(WriteTransaction transaction)
    {
        if (ReferenceEquals(_writing, transaction))
        {
            _writing = null;
            writers.Release();
        }
    }

    /// <summary>Ends the caller's lend and closes the connection for good (see the class's remarks).</summary>
    public override void Close()
    {
        if (_lent)
        {
            _lent = false;
            Retire();
            return;
        }

        base.Close();
    }

    public override ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Ends the caller's lend: a transaction left open rolls back, then the connection goes back to the idle ones. A second call does nothing.</summary>
    protected override void Dispose(bool disposing)
    {
        if (!disposing)
        {
            base.Dispose(disposing);
            return;
        }

        if (!_lent)
        {
            return;
        }

        _lent = false;
        EndTransactions();
        if (State == ConnectionState.Open && database.TryKeepIdle(this))
        {
            return;
        }

        Retire();
    }

    /// <summary>Rolls back what is open, gives back the write turn, drops the prepared statements and closes the connection.</summary>
    public void Retire()
    {
        try
        {
            EndTransactions();
        }
        finally
        {
            foreach (var statement in _recent)
            {
                statement.Command.Dispose();
            }

            _recent.Clear();
            _statements.Clear();
            base.Dispose(disposing: true);
        }
    }

    /// <summary>Rolls back a writing transaction (giving back the turn after the rollback) and a snapshot left open.</summary>
    private void EndTransactions()
    {
        try
        {
            _writing?.Dispose();
        }
        finally
        {
            Transaction?.Dispose();
        }
    }

    /// <summary>Drops the least recently used statement not in use; false when every kept statement is in use.</summary>
    private bool EvictLeastRecent()
    {
        for (var node = _recent.Last; node is not null; node = node.Previous)
        {
            if (!node.Value.InUse)
            {
                _recent.Remove(node);
                _statements.Remove(node.Value.Command.CommandText);
                node.Value.Command.Dispose();
                return true;
            }
        }

        return false;
    }

    private sealed class Statement(SqliteCommand command)
    {
        public SqliteCommand Command { get; } = command;

        public bool InUse { get; set; }
    }
}
