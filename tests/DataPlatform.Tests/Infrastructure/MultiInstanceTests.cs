using System.Net;
using System.Net.Http.Json;
using Dapper;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Infrastructure;

/// <summary>
/// Two instances of the service on one database and one data directory, as behind a load balancer:
/// each talks HTTP on its own Kestrel port with its own connection pool.
/// </summary>
public abstract class MultiInstanceTests<TApp> : IAsyncLifetime
    where TApp : TestApp, new()
{
    // The first keeps the data for the second, which removes it when it is disposed.
    private readonly TestApp _first = new TApp { KeepData = true }.RequireDatabase();
    private readonly TestApp _second;

    protected MultiInstanceTests() => _second = _first.SecondInstance();

    
    [Fact]
    public async Task Instances_starting_together_apply_each_migration_once_and_share_one_signing_key()
    {
        await Task.WhenAll(Task.Run(_first.StartServer), Task.Run(_second.StartServer));

        await using (var connection = await _first.Database.OpenAsync(CancellationToken.None))
        {
            var versions = (await connection.QueryAsync<int>("SELECT version FROM schema_version ORDER BY version")).ToList();
            Assert.Equal(Enumerable.Range(1, Migrator.Migrations.Count), versions);
        }

        var user = await _first.RegisterAsync();
        var project = await user.CreateProjectAsync("Shared");
        var onSecond = await _second.WithToken(user.Token).GetAsync($"/api/projects/{project}");
        Assert.Equal(HttpStatusCode.OK, onSecond.StatusCode);
    }

    [Fact]
    public async Task Two_owners_removing_each_other_through_different_instances_leave_exactly_one_owner()
    {
        var first = await _first.RegisterAsync();
        var second = await _first.RegisterAsync();
        var secondOnOtherInstance = _second.WithToken(second.Token);

        for (var round = 0; round < 8; round++)
        {
            var project = await first.CreateProjectAsync($"Round {round}");
            await first.AddMemberAsync(project, second, "owner");

            var results = await Task.WhenAll(
                first.Client.DeleteAsync($"/api/projects/{project}/members/{first.Id}"),
                secondOnOtherInstance.DeleteAsync($"/api/projects/{project}/members/{second.Id}"));

            Assert.Equal(
                [HttpStatusCode.OK, HttpStatusCode.Conflict],
                results.Select(r => r.StatusCode).Order());
            var remaining = await _first.Anonymous().SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/projects/{project}/members")
            {
                Headers = { Authorization = new("Bearer", results[0].StatusCode == HttpStatusCode.OK ? second.Token : first.Token) },
            });
            var members = (await remaining.ReadJsonAsync())["items"]!.AsArray();
            Assert.Equal("owner", Assert.Single(members)!["role"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Concurrent_registrations_of_one_email_on_two_instances_create_one_user()
    {
        var email = $"race-{Guid.NewGuid():N}@example.com";
        var body = new { email, name = "Racer", password = Api.Password };

        var results = await Task.WhenAll(
            _first.Anonymous().PostAsJsonAsync("/api/auth/register", body),
            _second.Anonymous().PostAsJsonAsync("/api/auth/register", body));

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], results.Select(r => r.StatusCode).Order());
    }

    [Fact]
    public async Task Concurrent_versions_through_two_instances_get_unique_consecutive_numbers()
    {
        var owner = await _first.RegisterAsync();
        var project = await owner.CreateProjectAsync("Versions");
        var dataset = (await owner.UploadAsync(project)).Id("dataset_id");
        var clients = new[] { owner.Client, _second.WithToken(owner.Token) };

        var responses = await Task.WhenAll(Enumerable.Range(1, 10).Select(i =>
            clients[i % 2].PostVersionAsync(dataset, $"n,tag\n{i},{Guid.NewGuid():N}\n", $"Upload {i}")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var numbers = await Task.WhenAll(responses.Select(async r => (await r.ReadJsonAsync())["version"]!.GetValue<int>()));
        Assert.Equal(Enumerable.Range(1, 10), numbers.Order());
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }
}

public sealed class MultiInstanceTestsOnSqlite : MultiInstanceTests<SqliteApp>;

public sealed class MultiInstanceTestsOnPostgres : MultiInstanceTests<PostgresApp>;
