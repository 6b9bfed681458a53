using System.Data.Common;
using Dapper;

namespace DataPlatform.Infrastructure.Data;

public static class SingleWrite
{
    /// <summary>
    /// One write statement in a transaction of its own: on SQLite it then waits for its turn in the
    /// process's write queue (see <see cref="SqliteDatabase"/>) instead of SQLite's busy retries, which
    /// block a thread and lose to writers that keep the queue busy.
    /// </summary>
    public static async Task<int> ExecuteWriteAsync(this DbConnection connection, string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }
}
