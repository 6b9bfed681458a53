using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace DataPlatform.Infrastructure.Data;

/// <summary>
/// A writing SQLite transaction that holds its connection's write turn (<see cref="PooledSqliteConnection"/>)
/// from its beginning until it has committed or rolled back, and not a moment longer: the request that
/// began it may go on reading, or writing its response, while the next writer begins.
/// </summary>
internal sealed class WriteTransaction(SqliteTransaction inner, PooledSqliteConnection connection) : DbTransaction
{
    /// <summary>The SQLite transaction the connection's commands run in.</summary>
    public SqliteTransaction Inner { get; } = inner;

    public override IsolationLevel IsolationLevel => Inner.IsolationLevel;

    protected override DbConnection DbConnection => connection;

    /// <summary>Commits; when the commit fails the transaction stays open (and holds the turn) until it is disposed, which rolls it back.</summary>
    public override void Commit()
    {
        Inner.Commit();
        connection.Ended(this);
    }

    public override void Rollback()
    {
        try
        {
            Inner.Rollback();
        }
        finally
        {
            connection.Ended(this);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            try
            {
                Inner.Dispose();
            }
            finally
            {
                connection.Ended(this);
            }
        }

        base.Dispose(disposing);
    }
}
