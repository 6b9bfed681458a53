using Dapper;
using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Tests.Infrastructure;

/// <summary>
/// SQLite connections stay open between callers with their statements prepared: what one caller leaves
/// behind (parameters, an unfinished transaction, the write turn) never reaches the next.
/// </summary>
public sealed class SqliteConnectionPoolTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("dp-pool-").FullName;
    private SqliteDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = new SqliteDatabase(Path.Combine(_directory, "pool.db"));
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
        await connection.ExecuteAsync("INSERT INTO items (id, name) VALUES (1, 'one'), (2, 'two'), (3, 'three')");
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task A_statement_run_again_by_the_next_caller_binds_its_own_parameters()
    {
        const string sql = "SELECT name FROM items WHERE id = @Id";
        var names = new List<string>();
        foreach (var id in new[] { 1, 2, 3, 2 })
        {
            await using var connection = await _database.OpenAsync(CancellationToken.None);
            names.Add(await connection.ExecuteScalarAsync<string>(sql, new { Id = id }) ?? "");
        }

        Assert.Equal(["one", "two", "three", "two"], names);
    }

    [Fact]
    public async Task The_same_sql_inside_its_own_open_reader_runs_as_a_second_statement()
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        const string sql = "SELECT id FROM items WHERE id >= @From ORDER BY id";
        var pairs = new List<(long Outer, long Inner)>();

        await using (var reader = await connection.ExecuteReaderAsync(sql, new { From = 2 }))
        {
            while (await reader.ReadAsync())
            {
                pairs.Add((reader.GetInt64(0), (await connection.QueryAsync<long>(sql, new { From = 3 })).Single()));
            }
        }

        Assert.Equal([(2L, 3L), (3L, 3L)], pairs);
    }

    [Fact]
    public async Task More_distinct_statements_than_are_kept_still_run()
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);

        var sums = new List<long>();
        for (var i = 0; i < PooledSqliteConnection.MaxStatements + 10; i++)
        {
            sums.Add(await connection.ExecuteScalarAsync<long>($"SELECT {i} + COUNT(*) FROM items"));
        }

        Assert.Equal(Enumerable.Range(3, PooledSqliteConnection.MaxStatements + 10).Select(i => (long)i), sums);
    }

    [Fact]
    public async Task A_transaction_left_open_is_rolled_back_and_its_write_turn_given_back()
    {
        await using (var first = await _database.OpenAsync(CancellationToken.None))
        {
            var transaction = await first.BeginTransactionAsync();
            await first.ExecuteAsync("INSERT INTO items (id, name) VALUES (4, 'four')", transaction: transaction);
        }

        await using var next = await _database.OpenAsync(CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using var write = await next.BeginTransactionAsync(timeout.Token);
        await next.ExecuteAsync("INSERT INTO items (id, name) VALUES (5, 'five')", transaction: write);
        await write.CommitAsync(timeout.Token);

        Assert.Equal([1L, 2L, 3L, 5L], await next.QueryAsync<long>("SELECT id FROM items ORDER BY id"));
    }
}
