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

    [Fact]
    public async Task A_committed_write_gives_back_the_write_turn_while_its_connection_is_still_held()
    {
        await using var first = await _database.OpenAsync(CancellationToken.None);
        await first.ExecuteWriteAsync("UPDATE items SET name = 'uno' WHERE id = 1", new { }, CancellationToken.None);

        await using var second = await _database.OpenAsync(CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using (var write = await second.BeginTransactionAsync(timeout.Token))
        {
            await second.ExecuteAsync("UPDATE items SET name = 'dos' WHERE id = 2", transaction: write);
            await write.CommitAsync(timeout.Token);
        }

        Assert.Equal(["uno", "dos", "three"], await first.QueryAsync<string>("SELECT name FROM items ORDER BY id"));
    }

    [Fact]
    public async Task A_rolled_back_write_gives_back_the_write_turn()
    {
        await using var first = await _database.OpenAsync(CancellationToken.None);
        var transaction = await first.BeginTransactionAsync();
        await first.ExecuteAsync("INSERT INTO items (id, name) VALUES (4, 'four')", transaction: transaction);
        await transaction.RollbackAsync();

        await using var second = await _database.OpenAsync(CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using var write = await second.BeginTransactionAsync(timeout.Token);
        await write.CommitAsync(timeout.Token);

        Assert.Equal(3L, await first.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM items"));
    }

    [Fact]
    public async Task A_writer_waiting_for_the_turn_begins_after_the_closed_connections_transaction_rolled_back()
    {
        var first = await _database.OpenAsync(CancellationToken.None);
        var transaction = await first.BeginTransactionAsync();
        await first.ExecuteAsync("INSERT INTO items (id, name) VALUES (4, 'four')", transaction: transaction);

        await using var second = await _database.OpenAsync(CancellationToken.None);
        var waiting = second.BeginTransactionAsync().AsTask();
        Assert.False(waiting.IsCompleted);

        first.Close();
        await using var write = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        await second.ExecuteAsync("INSERT INTO items (id, name) VALUES (5, 'five')", transaction: write);
        await write.CommitAsync();

        Assert.Equal([1L, 2L, 3L, 5L], await second.QueryAsync<long>("SELECT id FROM items ORDER BY id"));
    }

    [Fact]
    public async Task A_connection_closed_then_disposed_is_never_lent_to_two_callers()
    {
        var first = await _database.OpenAsync(CancellationToken.None);
        await first.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM items");
        first.Close();
        await first.DisposeAsync();
        await first.DisposeAsync();

        await using var second = await _database.OpenAsync(CancellationToken.None);
        await using var third = await _database.OpenAsync(CancellationToken.None);

        Assert.NotSame(first, second);
        Assert.NotSame(second, third);
        Assert.Equal(3L, await second.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM items"));
        Assert.Equal(3L, await third.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM items"));
    }

    [Fact]
    public async Task A_connection_disposed_twice_goes_back_to_the_idle_ones_once()
    {
        var first = await _database.OpenAsync(CancellationToken.None);
        await first.DisposeAsync();
        await first.DisposeAsync();

        await using var second = await _database.OpenAsync(CancellationToken.None);
        await using var third = await _database.OpenAsync(CancellationToken.None);

        Assert.Same(first, second);
        Assert.NotSame(second, third);
        Assert.Equal(3L, await third.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM items"));
    }

    [Fact]
    public async Task A_writing_transaction_cannot_be_begun_without_waiting_for_the_turn()
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);

        Assert.Throws<NotSupportedException>(() => connection.BeginTransaction());
    }

    [Fact]
    public async Task Statements_built_at_run_time_push_out_the_least_recently_used_and_keep_the_busy_ones()
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        var pooled = (PooledSqliteConnection)connection;
        const string busy = "SELECT name FROM items WHERE id = @Id";

        for (var i = 0; i < PooledSqliteConnection.MaxStatements * 4; i++)
        {
            Assert.Equal("one", await connection.ExecuteScalarAsync<string>(busy, new { Id = 1 }));
            Assert.Equal(3L + i, await connection.ExecuteScalarAsync<long>($"SELECT {i} + COUNT(*) FROM items"));
        }

        Assert.Equal(PooledSqliteConnection.MaxStatements, pooled.KeptStatements);
        var (command, kept) = pooled.Rent(busy);
        pooled.Return(command);
        var (again, keptAgain) = pooled.Rent(busy);
        pooled.Return(again);
        Assert.True(kept && keptAgain);
        Assert.Same(command, again);
    }
}
