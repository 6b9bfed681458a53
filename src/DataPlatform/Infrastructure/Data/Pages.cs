using System.Data.Common;
using Dapper;

namespace DataPlatform.Infrastructure.Data;

/// <summary>A page of a list and the list's total, in one command when the page tells the total.</summary>
public static class Pages
{
    /// <summary>
    /// Reads the page, then its total: a page with fewer rows than <paramref name="limit"/> ends the
    /// list, so the total is <paramref name="offset"/> plus its rows; only a full page, or an empty one
    /// past the start, runs <paramref name="countSql"/>.
    /// </summary>
    public static Task<(List<T> Items, long Total)> ReadAsync<T>(
        DbConnection connection, string pageSql, string countSql, object parameters, int limit, int offset, CancellationToken cancellationToken) =>
        ReadAsync(connection, page => connection.QueryAsync<T>(page), pageSql, countSql, parameters, limit, offset, cancellationToken);

    /// <summary>As above, with the page read by <paramref name="query"/> (a query that maps each row from several objects).</summary>
    public static async Task<(List<T> Items, long Total)> ReadAsync<T>(
        DbConnection connection, Func<CommandDefinition, Task<IEnumerable<T>>> query, string pageSql, string countSql, object parameters, int limit, int offset, CancellationToken cancellationToken)
    {
        var items = (await query(new CommandDefinition(pageSql, parameters, cancellationToken: cancellationToken))).AsList();
        var total = items.Count < limit && (items.Count > 0 || offset == 0)
            ? offset + items.Count
            : await connection.ExecuteScalarAsync<long>(new CommandDefinition(countSql, parameters, cancellationToken: cancellationToken));
        return (items, total);
    }
}
