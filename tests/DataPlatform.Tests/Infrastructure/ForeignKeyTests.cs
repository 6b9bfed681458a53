using Dapper;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Infrastructure;

/// <summary>
/// A write that refers to a row deleted meanwhile is recognised on both stores, so the exception
/// handler answers 409 instead of 500.
/// </summary>
public abstract class ForeignKeyTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TestApp
{
    private readonly TestApp app = app.RequireDatabase();

    [Fact]
    public async Task A_dataset_of_a_project_that_is_gone_is_a_foreign_key_violation()
    {
        var user = await app.RegisterAsync();
        await using var connection = await app.Database.OpenAsync(CancellationToken.None);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => connection.ExecuteAsync(
            "INSERT INTO datasets (id, project_id, name, created_by, created_at, updated_at) VALUES (@Id, @ProjectId, 'x', @UserId, @Now, @Now)",
            new { Id = Guid.NewGuid(), ProjectId = Guid.NewGuid(), UserId = user.Id, Now = DateTime.UtcNow }));

        Assert.True(app.Database.IsForeignKeyViolation(error), error.ToString());
    }

    [Fact]
    public async Task Other_failures_are_not()
    {
        await using var connection = await app.Database.OpenAsync(CancellationToken.None);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => connection.ExecuteAsync("SELECT * FROM no_such_table"));

        Assert.False(app.Database.IsForeignKeyViolation(error));
    }
}

public sealed class ForeignKeyTestsOnSqlite(SqliteApp app) : ForeignKeyTests<SqliteApp>(app);

public sealed class ForeignKeyTestsOnPostgres(PostgresApp app) : ForeignKeyTests<PostgresApp>(app);
