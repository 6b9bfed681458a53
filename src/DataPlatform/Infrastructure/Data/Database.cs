using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace DataPlatform.Infrastructure.Data;

/// <summary>Opens connections to the service's store. Features use Dapper on the connections it returns.</summary>
public sealed class Database
{
    private readonly string _connectionString;

    public Database(DataDirectory dataDirectory)
    {
        DatabasePath = dataDirectory.DatabasePath;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string DatabasePath { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        // SQLite's own lower() folds ASCII only; searches are case-insensitive for every script.
        connection.CreateFunction("lower", (string? value) => value?.ToLowerInvariant(), isDeterministic: true);
        return connection;
    }
}
