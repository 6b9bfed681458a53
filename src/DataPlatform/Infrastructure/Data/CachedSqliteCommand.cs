using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace DataPlatform.Infrastructure.Data;

/// <summary>
/// The command a <see cref="PooledSqliteConnection"/> creates: setting its SQL picks the connection's
/// prepared command for that text, which runs it; disposing it gives that command back for the next use.
/// Dapper sets the transaction, then the SQL, then adds the parameters, then executes.
/// </summary>
internal sealed class CachedSqliteCommand(PooledSqliteConnection connection) : DbCommand
{
    private SqliteCommand? _inner;
    private bool _kept;
    private string _text = "";
    private DbTransaction? _transaction;

    private SqliteCommand Inner => _inner ?? throw new InvalidOperationException("Set the command's SQL first.");

    [AllowNull]
    public override string CommandText
    {
        get => _text;
        set
        {
            Release();
            _text = value ?? "";
            (_inner, _kept) = connection.Rent(_text);
        }
    }

    public override int CommandTimeout { get; set; } = 30;

    public override CommandType CommandType
    {
        get => CommandType.Text;
        set
        {
            if (value != CommandType.Text)
            {
                throw new ArgumentException($"SQLite runs text commands only, not {value}.", nameof(value));
            }
        }
    }

    public override bool DesignTimeVisible { get; set; }

    public override UpdateRowSource UpdatedRowSource { get; set; }

    protected override DbConnection? DbConnection
    {
        get => connection;
        set => throw new InvalidOperationException("A cached command stays with the connection that made it.");
    }

    protected override DbParameterCollection DbParameterCollection => Inner.Parameters;

    protected override DbTransaction? DbTransaction
    {
        get => _transaction;
        set => _transaction = value;
    }

    public override void Cancel() => Inner.Cancel();

    public override int ExecuteNonQuery() => Ready().ExecuteNonQuery();

    public override object? ExecuteScalar() => Ready().ExecuteScalar();

    public override void Prepare() => Ready().Prepare();

    protected override DbParameter CreateDbParameter() => new SqliteParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => Ready().ExecuteReader(behavior);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Release();
        }

        base.Dispose(disposing);
    }

    private SqliteCommand Ready()
    {
        var inner = Inner;
        inner.Transaction = _transaction switch
        {
            WriteTransaction writing => writing.Inner,
            _ => (SqliteTransaction?)_transaction,
        };
        inner.CommandTimeout = CommandTimeout;
        return inner;
    }

    private void Release()
    {
        if (_inner is { } inner)
        {
            _inner = null;
            if (_kept)
            {
                connection.Return(inner);
            }
            else
            {
                inner.Dispose();
            }
        }
    }
}
