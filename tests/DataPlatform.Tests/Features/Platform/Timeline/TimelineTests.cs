using System.Net;
using System.Net.Http.Json;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Features.Platform.Timeline;

public abstract class TimelineTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TestApp
{
    private readonly TestApp app = app.RequireDatabase();

    [Fact]
    public async Task Records_project_and_member_changes_oldest_first()
    {
        var owner = await app.RegisterAsync();
        var bob = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync("Churn Prediction");
        await owner.AddMemberAsync(project, bob, "viewer");
        await owner.AddMemberAsync(project, bob, "editor");
        await owner.Client.PutAsJsonAsync($"/api/projects/{project}", new { name = "Churn v2" });
        await owner.Client.DeleteAsync($"/api/projects/{project}/members/{bob.Id}");

        var body = await (await owner.Client.GetAsync($"/api/projects/{project}/timeline")).ReadJsonAsync();

        Assert.Equal(project.ToString(), body["project_id"]!.GetValue<string>());
        var events = body["events"]!.AsArray();
        Assert.Equal(
            ["project/created", "member/added", "member/role_changed", "project/updated", "member/removed"],
            events.Select(e => $"{e!["type"]}/{e["action"]}"));
        Assert.Equal("Churn Prediction", events[0]!["name"]!.GetValue<string>());
        Assert.Equal(owner.Id.ToString(), events[0]!["actor_id"]!.GetValue<string>());
        Assert.Null(events[0]!["user_id"]);
        Assert.Equal(bob.Id.ToString(), events[2]!["user_id"]!.GetValue<string>());
        Assert.Equal(bob.Email, events[2]!["email"]!.GetValue<string>());
        Assert.Equal("editor", events[2]!["role"]!.GetValue<string>());
        var timestamps = events.Select(e => e!["timestamp"]!.GetValue<string>()).ToList();
        Assert.Equal(timestamps.Order(StringComparer.Ordinal), timestamps);
        Assert.All(timestamps, t => Assert.EndsWith("Z", t, StringComparison.Ordinal));
        Assert.Equal(5, body["total"]!.GetValue<int>());
        Assert.Equal(500, body["limit"]!.GetValue<int>());
    }

    [Fact]
    public async Task Pages_with_limit_and_offset_and_refuses_out_of_range_values()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync("A");
        await owner.Client.PutAsJsonAsync($"/api/projects/{project}", new { name = "B" });
        await owner.Client.PutAsJsonAsync($"/api/projects/{project}", new { name = "C" });

        var page = await (await owner.Client.GetAsync($"/api/projects/{project}/timeline?limit=1&offset=1")).ReadJsonAsync();

        Assert.Equal("B", Assert.Single(page["events"]!.AsArray())!["name"]!.GetValue<string>());
        Assert.Equal(3, page["total"]!.GetValue<int>());
        await (await owner.Client.GetAsync($"/api/projects/{project}/timeline?limit=501")).AssertErrorAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Returns_403_to_a_non_member()
    {
        var owner = await app.RegisterAsync();
        var stranger = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();

        await (await stranger.Client.GetAsync($"/api/projects/{project}/timeline")).AssertErrorAsync(HttpStatusCode.Forbidden);
    }
}

public sealed class TimelineTestsOnSqlite(SqliteApp app) : TimelineTests<SqliteApp>(app);

public sealed class TimelineTestsOnPostgres(PostgresApp app) : TimelineTests<PostgresApp>(app);
