using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Features.Tracker;

/// <summary>The /projects surface as seed 003 documents it, and its tasks and team as api.md decides.</summary>
public abstract class TrackerProjectTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TestApp
{
    private readonly TestApp app = app.RequireDatabase();

    [Fact]
    public async Task Create_answers_201_with_exactly_the_documented_fields()
    {
        var user = await app.RegisterAsync();

        var response = await user.Client.PostAsJsonAsync("/projects", new { projectName = "Customer Churn Model", clientName = "Acme Corp", description = "Predict churn." });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var project = await response.ReadJsonAsync();
        Assert.Equal(["_id", "projectName", "clientName", "description", "manager", "tasks", "team"], project.AsObject().Select(p => p.Key));
        Assert.Equal("Customer Churn Model", project["projectName"]!.GetValue<string>());
        Assert.Equal("Acme Corp", project["clientName"]!.GetValue<string>());
        Assert.Equal("Predict churn.", project["description"]!.GetValue<string>());
        Assert.Equal(user.Id, project.Id("manager"));
        Assert.Empty(project["tasks"]!.AsArray());
        Assert.Equal([user.Id.ToString()], project["team"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal($"/projects/{project["_id"]}", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("projectName")]
    [InlineData("clientName")]
    [InlineData("description")]
    public async Task Create_and_update_need_every_field(string missing)
    {
        var user = await app.RegisterAsync();
        var fields = new Dictionary<string, string> { ["projectName"] = "P", ["clientName"] = "C", ["description"] = "D" };
        fields.Remove(missing);
        var project = await CreateAsync(user);

        var created = await user.Client.PostAsJsonAsync("/projects", fields);
        var updated = await user.Client.PutAsJsonAsync($"/projects/{project}", fields);

        Assert.Contains(missing, await created.AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains(missing, await updated.AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_is_a_bare_array_of_the_callers_projects_with_a_total_header()
    {
        var user = await app.RegisterAsync();
        var other = await app.RegisterAsync();
        var first = await CreateAsync(user, "First");
        var second = await CreateAsync(user, "Second");
        await CreateAsync(other, "Not mine");

        var all = await user.Client.GetAsync("/projects");
        var page = await user.Client.GetAsync("/projects?limit=1&offset=1");

        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        var items = (await all.ReadJsonAsync()).AsArray();
        Assert.Equal([second, first], items.Select(p => p!.Id("_id")));
        Assert.Equal("2", all.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal([first], (await page.ReadJsonAsync()).AsArray().Select(p => p!.Id("_id")));
        await (await user.Client.GetAsync("/projects?limit=0")).AssertErrorAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Get_needs_membership_and_an_existing_project()
    {
        var user = await app.RegisterAsync();
        var stranger = await app.RegisterAsync();
        var project = await CreateAsync(user);

        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync($"/projects/{project}")).StatusCode);
        Assert.Contains("not a member", await (await stranger.Client.GetAsync($"/projects/{project}")).AssertErrorAsync(HttpStatusCode.Forbidden), StringComparison.Ordinal);
        await (await user.Client.GetAsync($"/projects/{Guid.NewGuid()}")).AssertErrorAsync(HttpStatusCode.NotFound);
        await (await user.Client.GetAsync("/projects/64a1f2c3b4e5d6f7a8b9c0d1")).AssertErrorAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_the_manager_updates_and_deletes()
    {
        var manager = await app.RegisterAsync();
        var teammate = await app.RegisterAsync();
        var project = await CreateAsync(manager);
        await AddToTeamAsync(manager, project, new { userId = teammate.Id });
        var body = new { projectName = "Churn v2", clientName = "Acme", description = "Real-time scoring." };

        var refused = await teammate.Client.PutAsJsonAsync($"/projects/{project}", body);
        var updated = await manager.Client.PutAsJsonAsync($"/projects/{project}", body);
        var notDeleted = await teammate.Client.DeleteAsync($"/projects/{project}");

        await refused.AssertErrorAsync(HttpStatusCode.Forbidden);
        await notDeleted.AssertErrorAsync(HttpStatusCode.Forbidden);
        var after = await updated.ReadJsonAsync();
        Assert.Equal("Churn v2", after["projectName"]!.GetValue<string>());
        Assert.Equal("Real-time scoring.", after["description"]!.GetValue<string>());
        var platform = await (await manager.Client.GetAsync($"/api/projects/{project}")).ReadJsonAsync();
        Assert.Equal("Churn v2", platform["project"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Delete_removes_the_project_everywhere_with_its_datasets_files()
    {
        var manager = await app.RegisterAsync();
        var project = await CreateAsync(manager);
        var csv = $"id\n{Guid.NewGuid():N}\n";
        await manager.UploadAsync(project, "Goes too", csv);

        var response = await manager.Client.DeleteAsync($"/projects/{project}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Project deleted successfully.", (await response.ReadJsonAsync())["message"]!.GetValue<string>());
        await (await manager.Client.GetAsync($"/projects/{project}")).AssertErrorAsync(HttpStatusCode.NotFound);
        await (await manager.Client.GetAsync($"/api/projects/{project}")).AssertErrorAsync(HttpStatusCode.NotFound);
        Assert.False(File.Exists(app.ArtifactPath(System.Text.Encoding.UTF8.GetBytes(csv))));
    }

    [Fact]
    public async Task A_Platform_project_is_a_Tracker_project_and_the_other_way_round()
    {
        var user = await app.RegisterAsync();
        var platform = await user.CreateProjectAsync("From the Platform", description: null);
        var tracker = await CreateAsync(user, "From the Tracker");

        var seen = await (await user.Client.GetAsync($"/projects/{platform}")).ReadJsonAsync();
        var listed = await (await user.Client.GetAsync("/api/projects")).ReadJsonAsync();

        Assert.Equal("From the Platform", seen["projectName"]!.GetValue<string>());
        Assert.Equal("", seen["clientName"]!.GetValue<string>());
        Assert.Equal("", seen["description"]!.GetValue<string>());
        var item = Assert.Single(listed["items"]!.AsArray(), p => p!["id"]!.GetValue<string>() == tracker.ToString())!;
        Assert.Equal("owner", item["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task Tasks_are_created_changed_and_removed_by_the_team_and_show_in_the_project()
    {
        var manager = await app.RegisterAsync();
        var project = await CreateAsync(manager);

        var created = await manager.Client.PostAsJsonAsync($"/projects/{project}/tasks", new { name = "Collect raw data" });
        var task = await created.ReadJsonAsync();
        var changed = await manager.Client.PatchAsJsonAsync($"/projects/{project}/tasks/{task["_id"]}", new { status = "completed" });
        var shown = await (await manager.Client.GetAsync($"/projects/{project}")).ReadJsonAsync();
        var deleted = await manager.Client.DeleteAsync($"/projects/{project}/tasks/{task["_id"]}");
        var after = await (await manager.Client.GetAsync($"/projects/{project}")).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("todo", task["status"]!.GetValue<string>());
        Assert.Equal("completed", (await changed.ReadJsonAsync())["status"]!.GetValue<string>());
        var summary = Assert.Single(shown["tasks"]!.AsArray())!;
        Assert.Equal(["_id", "name", "status"], summary.AsObject().Select(p => p.Key));
        Assert.Equal("Collect raw data", summary["name"]!.GetValue<string>());
        Assert.Equal("completed", summary["status"]!.GetValue<string>());
        Assert.Equal("Task deleted successfully.", (await deleted.ReadJsonAsync())["message"]!.GetValue<string>());
        Assert.Empty(after["tasks"]!.AsArray());
        var timeline = await (await manager.Client.GetAsync($"/api/projects/{project}/timeline")).ReadJsonAsync();
        Assert.Equal(["created", "updated", "deleted"], timeline["events"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "task").Select(e => e!["action"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Task_errors()
    {
        var manager = await app.RegisterAsync();
        var viewer = await app.RegisterAsync();
        var project = await CreateAsync(manager);
        var other = await CreateAsync(manager, "Other");
        await manager.AddMemberAsync(project, viewer, "viewer");
        var task = await (await manager.Client.PostAsJsonAsync($"/projects/{other}/tasks", new { name = "Elsewhere" })).ReadJsonAsync();

        await (await manager.Client.PostAsJsonAsync($"/projects/{project}/tasks", new { name = "x", status = "done" })).AssertErrorAsync(HttpStatusCode.BadRequest);
        await (await manager.Client.PostAsJsonAsync($"/projects/{project}/tasks", new { status = "todo" })).AssertErrorAsync(HttpStatusCode.BadRequest);
        await (await manager.Client.PatchAsJsonAsync($"/projects/{project}/tasks/{task["_id"]}", new { status = "todo" })).AssertErrorAsync(HttpStatusCode.NotFound);
        await (await manager.Client.PatchAsJsonAsync($"/projects/{other}/tasks/{task["_id"]}", new { })).AssertErrorAsync(HttpStatusCode.BadRequest);
        await (await manager.Client.DeleteAsync($"/projects/{project}/tasks/{task["_id"]}")).AssertErrorAsync(HttpStatusCode.NotFound);
        await (await viewer.Client.PostAsJsonAsync($"/projects/{project}/tasks", new { name = "x" })).AssertErrorAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_manager_adds_team_members_by_id_or_email_as_editors_and_removes_them()
    {
        var manager = await app.RegisterAsync();
        var byId = await app.RegisterAsync();
        var byEmail = await app.RegisterAsync();
        var project = await CreateAsync(manager);

        await AddToTeamAsync(manager, project, new { userId = byId.Id });
        var both = await AddToTeamAsync(manager, project, new { email = byEmail.Email.ToUpperInvariant() });
        var members = await (await manager.Client.GetAsync($"/api/projects/{project}/members")).ReadJsonAsync();
        var removed = await manager.Client.DeleteAsync($"/projects/{project}/team/{byId.Id}");

        Assert.Equal([manager.Id, byId.Id, byEmail.Id], both["team"]!.AsArray().Select(t => Guid.Parse(t!.GetValue<string>())));
        Assert.All(members["items"]!.AsArray().Where(m => m!["user_id"]!.GetValue<string>() != manager.Id.ToString()), m => Assert.Equal("editor", m!["role"]!.GetValue<string>()));
        Assert.Equal([manager.Id, byEmail.Id], (await removed.ReadJsonAsync())["team"]!.AsArray().Select(t => Guid.Parse(t!.GetValue<string>())));
    }

    [Fact]
    public async Task Team_errors()
    {
        var manager = await app.RegisterAsync();
        var teammate = await app.RegisterAsync();
        var project = await CreateAsync(manager);
        await AddToTeamAsync(manager, project, new { userId = teammate.Id });

        await (await manager.Client.PostAsJsonAsync($"/projects/{project}/team", new { })).AssertErrorAsync(HttpStatusCode.BadRequest);
        await (await manager.Client.PostAsJsonAsync($"/projects/{project}/team", new { userId = teammate.Id, email = teammate.Email })).AssertErrorAsync(HttpStatusCode.BadRequest);
        await (await manager.Client.PostAsJsonAsync($"/projects/{project}/team", new { email = "nobody@example.com" })).AssertErrorAsync(HttpStatusCode.NotFound);
        await (await manager.Client.PostAsJsonAsync($"/projects/{project}/team", new { userId = Guid.NewGuid() })).AssertErrorAsync(HttpStatusCode.NotFound);
        await (await teammate.Client.PostAsJsonAsync($"/projects/{project}/team", new { email = manager.Email })).AssertErrorAsync(HttpStatusCode.Forbidden);
        await (await manager.Client.DeleteAsync($"/projects/{project}/team/{Guid.NewGuid()}")).AssertErrorAsync(HttpStatusCode.NotFound);
        await (await manager.Client.DeleteAsync($"/projects/{project}/team/{manager.Id}")).AssertErrorAsync(HttpStatusCode.Conflict);
    }

    private static async Task<Guid> CreateAsync(TestUser user, string name = "Customer Churn Model")
    {
        var response = await user.Client.PostAsJsonAsync("/projects", new { projectName = name, clientName = "Acme Corp", description = "Predict churn." });
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create failed: {(int)response.StatusCode} {body}");
        return body.Id("_id");
    }

    private static async Task<JsonNode> AddToTeamAsync(TestUser manager, Guid project, object body)
    {
        var response = await manager.Client.PostAsJsonAsync($"/projects/{project}/team", body);
        var json = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"team add failed: {(int)response.StatusCode} {json}");
        return json;
    }
}

public sealed class TrackerProjectTestsOnSqlite(SqliteApp app) : TrackerProjectTests<SqliteApp>(app);

public sealed class TrackerProjectTestsOnPostgres(PostgresApp app) : TrackerProjectTests<PostgresApp>(app);
