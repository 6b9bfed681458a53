using System.Data.Common;

namespace DataPlatform.Infrastructure.Data;

/// <summary>
/// The service's store: SQLite in the data directory by default, PostgreSQL when a connection string
/// is configured. Features use Dapper on the connections it opens and write SQL once, in the subset
/// both databases share; the few places where the two differ are the members of this class.
/// </summary>
public abstract class Database : IAsyncDisposable
{
    /// <summary><c>sqlite</c> or <c>postgres</c>.</summary>
    public abstract string Provider { get; }

    /// <summary>Where the data lives, for logs (never includes a password).</summary>
    public abstract string Location { get; }

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Makes writers that name the same <paramref name="resource"/> wait for each other until
    /// <paramref name="transaction"/> ends, also across service instances, so that read-check-write
    /// sequences (the last owner, the next free slug) are decided by one writer at a time.
    /// </summary>
    public abstract Task LockAsync(DbConnection connection, DbTransaction transaction, string resource, CancellationToken cancellationToken);

    /// <summary>
    /// Whether <see cref="LockAsync"/> locks anything: false where writers already take turns for the
    /// whole database (SQLite), so that a writer need not look up what it would have locked.
    /// </summary>
    public abstract bool LocksResources { get; }

    /// <summary>
    /// Whether <paramref name="exception"/> is a foreign-key violation: a row this write refers to
    /// (a project, a dataset) was deleted by a concurrent request after this one checked it.
    /// </summary>
    public abstract bool IsForeignKeyViolation(Exception exception);

    /// <summary>Whether <paramref name="exception"/> says the database has no space left to write.</summary>
    public abstract bool IsStorageFull(Exception exception);

    /// <summary>
    /// Begins a transaction that only reads and sees the database as it was when it began, whatever is
    /// committed meanwhile: for a query that reads several tables as one picture (an export).
    /// </summary>
    public abstract Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Settings the database keeps for good (e.g. SQLite's WAL journal), applied before migrations.</summary>
    public abstract Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Closes what the database keeps open (idle connections).</summary>
    public abstract ValueTask DisposeAsync();
}
