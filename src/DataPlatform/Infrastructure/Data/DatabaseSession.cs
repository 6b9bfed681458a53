using System.Data.Common;

namespace DataPlatform.Infrastructure.Data;

/// <summary>
/// The request's unit of work: one database connection, shared by authentication, the pipeline's
/// behaviors and the handler, and for a command one transaction. The connection opens on first use and
/// closes when the request's pipeline ends (<see cref="SessionBehavior{TMessage, TResponse}"/>) or,
/// outside it, with the request's scope. The transaction begins when a command first writes
/// (<see cref="TransactionAsync"/>), so that work before it (profiling an upload) holds no lock, and
/// <see cref="TransactionBehavior{TMessage, TResponse}"/> commits it when the handler returns, or rolls
/// it back when anything throws; either gives back SQLite's write turn at once.
/// </summary>
public sealed class DatabaseSession(Database database) : IAsyncDisposable
{
    private DbConnection? _connection;
    private DbTransaction? _transaction;
    private bool _writable;
    private readonly List<Func<Task>> _afterCommit = [];
    private readonly List<Func<Task>> _onFailure = [];

    /// <summary>The request's connection, opened on first use.</summary>
    public async ValueTask<DbConnection> ConnectionAsync(CancellationToken cancellationToken) =>
        _connection ??= await database.OpenAsync(cancellationToken);

    /// <summary>The command's transaction, begun on first use; queries have none and may not write.</summary>
    public async ValueTask<DbTransaction> TransactionAsync(CancellationToken cancellationToken)
    {
        if (!_writable)
        {
            throw new InvalidOperationException("Only a command writes: a query has no transaction.");
        }

        if (_transaction is null)
        {
            var connection = await ConnectionAsync(cancellationToken);
            _transaction = await connection.BeginTransactionAsync(cancellationToken);
        }

        return _transaction;
    }

    /// <summary>A read-only transaction that sees one picture of the database (<see cref="Database.BeginSnapshotAsync"/>), for a query; closing the session ends it.</summary>
    public async ValueTask<DbTransaction> SnapshotAsync(CancellationToken cancellationToken)
    {
        if (_writable)
        {
            throw new InvalidOperationException("A command reads in its own transaction.");
        }

        return _transaction ??= await database.BeginSnapshotAsync(await ConnectionAsync(cancellationToken), cancellationToken);
    }

    /// <summary>Work that follows a successful commit (removing files no row refers to any more); it runs outside the transaction.</summary>
    public void AfterCommit(Func<Task> work) => _afterCommit.Add(work);

    /// <summary>Work that undoes what the database cannot (a file moved into place) when the command fails; it runs after the rollback.</summary>
    public void OnFailure(Func<Task> work) => _onFailure.Add(work);

    /// <summary>Opens the unit of work of a command.</summary>
    internal void BeginCommand() => _writable = true;

    /// <summary>Commits the command's transaction, if it began one.</summary>
    internal async Task CommitAsync(CancellationToken cancellationToken)
    {
        _writable = false;
        if (_transaction is { } transaction)
        {
            _transaction = null;
            await using (transaction)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
    }

    /// <summary>Runs what follows the command's commit.</summary>
    internal async Task CompleteAsync()
    {
        foreach (var work in _afterCommit)
        {
            await work();
        }
    }

    /// <summary>Rolls the command's transaction back, if it began one, then runs what undoes the rest.</summary>
    internal async Task FailAsync()
    {
        _writable = false;
        if (_transaction is { } transaction)
        {
            _transaction = null;
            await transaction.DisposeAsync();
        }

        foreach (var work in _onFailure)
        {
            await work();
        }
    }

    /// <summary>Closes the connection, if one was opened (an open transaction rolls back); a later use opens another.</summary>
    public async ValueTask CloseAsync()
    {
        if (_transaction is { } transaction)
        {
            _transaction = null;
            await transaction.DisposeAsync();
        }

        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync();
        }
    }

    public ValueTask DisposeAsync() => CloseAsync();
}
