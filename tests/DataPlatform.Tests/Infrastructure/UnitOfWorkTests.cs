using Dapper;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Tests.Support;
using Mediator;

namespace DataPlatform.Tests.Infrastructure;

/// <summary>
/// A command's writes share the request's one transaction (<see cref="DatabaseSession"/>), which
/// <see cref="TransactionBehavior{TMessage, TResponse}"/> commits when the handler returns and rolls
/// back when it throws; work outside the database follows the outcome; a query cannot write.
/// </summary>
public abstract class UnitOfWorkTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TestApp
{
    private readonly TestApp app = app.RequireDatabase();

    private sealed record Probe(string Name) : ICommand<int>;

    [Fact]
    public async Task A_command_that_returns_is_committed_and_then_its_after_commit_work_runs()
    {
        var name = await CreateTableAsync();
        await using var session = new DatabaseSession(app.Database);
        var seenAfterCommit = -1L;
        var failed = false;

        var result = await new TransactionBehavior<Probe, int>(session).Handle(new Probe(name), async (probe, cancellationToken) =>
        {
            await InsertAsync(session, probe.Name, cancellationToken);
            session.AfterCommit(async () => seenAfterCommit = await CountAsync(name));
            session.OnFailure(() => Task.FromResult(failed = true));
            return 7;
        }, CancellationToken.None);

        Assert.Equal(7, result);
        Assert.Equal(1, seenAfterCommit);
        Assert.False(failed);
        Assert.Equal(1, await CountAsync(name));
    }

    [Fact]
    public async Task A_command_that_throws_leaves_no_row_and_runs_its_failure_work_instead()
    {
        var name = await CreateTableAsync();
        await using var session = new DatabaseSession(app.Database);
        var afterCommit = false;
        var failed = false;

        var error = await Assert.ThrowsAsync<InvalidDataException>(async () => await new TransactionBehavior<Probe, int>(session).Handle(new Probe(name), async (probe, cancellationToken) =>
        {
            await InsertAsync(session, probe.Name, cancellationToken);
            await InsertAsync(session, probe.Name, cancellationToken);
            session.AfterCommit(() => Task.FromResult(afterCommit = true));
            session.OnFailure(() => Task.FromResult(failed = true));
            throw new InvalidDataException("the handler failed after writing");
        }, CancellationToken.None));

        Assert.Equal("the handler failed after writing", error.Message);
        Assert.True(failed);
        Assert.False(afterCommit);
        Assert.Equal(0, await CountAsync(name));
    }

    [Fact]
    public async Task A_query_has_no_transaction_to_write_with()
    {
        await using var session = new DatabaseSession(app.Database);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await session.TransactionAsync(CancellationToken.None));

        Assert.Equal("Only a command writes: a query has no transaction.", error.Message);
    }

    [Fact]
    public async Task A_query_reading_in_a_snapshot_sees_one_picture_while_others_commit()
    {
        var name = await CreateTableAsync();
        await using var session = new DatabaseSession(app.Database);
        var snapshot = await session.SnapshotAsync(CancellationToken.None);
        async Task<long> SeenAsync() =>
            await snapshot.Connection!.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COUNT(*) FROM {name}", transaction: snapshot));
        var before = await SeenAsync();

        await using (var other = await app.Database.OpenAsync(CancellationToken.None))
        {
            await other.ExecuteAsync($"INSERT INTO {name} (id) VALUES (1)");
        }

        Assert.Equal(0, before);
        Assert.Equal(0, await SeenAsync());
        Assert.Equal(1, await CountAsync(name));
    }

    private async Task<string> CreateTableAsync()
    {
        var name = "probe_" + Guid.NewGuid().ToString("N");
        await using var connection = await app.Database.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync($"CREATE TABLE {name} (id INTEGER)");
        return name;
    }

    private static async Task InsertAsync(DatabaseSession session, string table, CancellationToken cancellationToken)
    {
        var transaction = await session.TransactionAsync(cancellationToken);
        await transaction.Connection!.ExecuteAsync(new CommandDefinition($"INSERT INTO {table} (id) VALUES (1)", transaction: transaction, cancellationToken: cancellationToken));
    }

    private async Task<long> CountAsync(string table)
    {
        await using var connection = await app.Database.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
    }
}

public sealed class UnitOfWorkTestsOnSqlite(SqliteApp app) : UnitOfWorkTests<SqliteApp>(app);

public sealed class UnitOfWorkTestsOnPostgres(PostgresApp app) : UnitOfWorkTests<PostgresApp>(app);
