using System.Data.Common;

namespace DataPlatform.Infrastructure.Data;

/// <summary>
/// The request's one database connection, shared by authentication, the pipeline's behaviors and the
/// handler: opened on first use, closed when the request's pipeline ends (<see cref="SessionBehavior{TMessage, TResponse}"/>)
/// or, outside it, with the request's scope. Closing gives back SQLite's write turn, so it never waits
/// for the response to be written.
/// </summary>
public sealed class DatabaseSession(Database database) : IAsyncDisposable
{
    private DbConnection? _connection;

    /// <summary>The request's connection, opened on first use.</summary>
    public async ValueTask<DbConnection> ConnectionAsync(CancellationToken cancellationToken) =>
        _connection ??= await database.OpenAsync(cancellationToken);

    /// <summary>Closes the connection, if one was opened; a later use opens another.</summary>
    public async ValueTask CloseAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync();
        }
    }

    public ValueTask DisposeAsync() => CloseAsync();
}
