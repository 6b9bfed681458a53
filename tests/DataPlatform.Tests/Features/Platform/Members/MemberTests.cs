using System.Net;
using System.Net.Http.Json;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Features.Platform.Members;

public abstract class MemberTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TestApp
{
    private readonly TestApp app = app.RequireDatabase();

    [Fact]
    public async Task The_owner_adds_a_member_by_email_in_any_case()
    {
        var owner = await app.RegisterAsync();
        var bob = await app.RegisterAsync(name: "Bob Smith");
        var project = await owner.CreateProjectAsync();

        var response = await owner.Client.PostAsJsonAsync($"/api/projects/{project}/members", new { email = bob.Email.ToUpperInvariant(), role = "editor" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var member = (await response.ReadJsonAsync())["member"]!;
        Assert.Equal(bob.Id.ToString(), member["user_id"]!.GetValue<string>());
        Assert.Equal(bob.Email, member["email"]!.GetValue<string>());
        Assert.Equal("Bob Smith", member["name"]!.GetValue<string>());
        Assert.Equal("editor", member["role"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await bob.Client.GetAsync($"/api/projects/{project}")).StatusCode);
    }

    [Fact]
    public async Task The_role_defaults_to_viewer()
    {
        var owner = await app.RegisterAsync();
        var viewer = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();

        var response = await owner.Client.PostAsJsonAsync($"/api/projects/{project}/members", new { email = viewer.Email });

        Assert.Equal("viewer", (await response.ReadJsonAsync())["member"]!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task Adding_an_existing_member_sets_the_role_with_201_as_the_seed_says()
    {
        var owner = await app.RegisterAsync();
        var bob = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        await owner.AddMemberAsync(project, bob, "viewer");

        var response = await owner.Client.PostAsJsonAsync($"/api/projects/{project}/members", new { email = bob.Email, role = "owner" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("owner", (await response.ReadJsonAsync())["member"]!["role"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await bob.Client.PutAsJsonAsync($"/api/projects/{project}", new { name = "Bob can rename" })).StatusCode);
    }

    [Fact]
    public async Task Adding_a_member_again_with_the_same_role_changes_nothing()
    {
        var owner = await app.RegisterAsync();
        var bob = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        await owner.AddMemberAsync(project, bob, "editor");

        var again = await owner.Client.PostAsJsonAsync($"/api/projects/{project}/members", new { email = bob.Email, role = "editor" });

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var timeline = await (await owner.Client.GetAsync($"/api/projects/{project}/timeline")).ReadJsonAsync();
        Assert.Single(timeline["events"]!.AsArray(), e => e!["type"]!.GetValue<string>() == "member");
        Assert.Equal(2, (await (await owner.Client.GetAsync($"/api/projects/{project}/members")).ReadJsonAsync())["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Lists_members_in_the_order_they_joined_with_paging()
    {
        var owner = await app.RegisterAsync();
        var second = await app.RegisterAsync();
        var third = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        await owner.AddMemberAsync(project, second, "editor");
        await owner.AddMemberAsync(project, third, "viewer");

        var all = await (await third.Client.GetAsync($"/api/projects/{project}/members")).ReadJsonAsync();
        var page = await (await third.Client.GetAsync($"/api/projects/{project}/members?limit=1&offset=1")).ReadJsonAsync();

        Assert.Equal([owner.Id, second.Id, third.Id], all["items"]!.AsArray().Select(m => Guid.Parse(m!["user_id"]!.GetValue<string>())));
        Assert.Equal(["owner", "editor", "viewer"], all["items"]!.AsArray().Select(m => m!["role"]!.GetValue<string>()));
        Assert.Equal(3, all["total"]!.GetValue<int>());
        Assert.Equal(second.Id.ToString(), Assert.Single(page["items"]!.AsArray())!["user_id"]!.GetValue<string>());
        Assert.Equal(1, page["limit"]!.GetValue<int>());
        await (await owner.Client.GetAsync($"/api/projects/{project}/members?limit=101")).AssertErrorAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Returns_404_for_an_email_nobody_registered()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();

        var message = await (await owner.Client.PostAsJsonAsync($"/api/projects/{project}/members", new { email = "nobody@example.com" })).AssertErrorAsync(HttpStatusCode.NotFound);

        Assert.Contains("nobody@example.com", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Returns_400_for_an_unknown_role_or_missing_email()
    {
        var owner = await app.RegisterAsync();
        var bob = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();

        Assert.Contains("'role'", await (await owner.Client.PostAsJsonAsync($"/api/projects/{project}/members", new { email = bob.Email, role = "admin" })).AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("'email'", await (await owner.Client.PostAsJsonAsync($"/api/projects/{project}/members", new { role = "viewer" })).AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_owners_manage_members()
    {
        var owner = await app.RegisterAsync();
        var editor = await app.RegisterAsync();
        var outsider = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        await owner.AddMemberAsync(project, editor, "editor");

        await (await editor.Client.PostAsJsonAsync($"/api/projects/{project}/members", new { email = outsider.Email })).AssertErrorAsync(HttpStatusCode.Forbidden);
        await (await editor.Client.DeleteAsync($"/api/projects/{project}/members/{owner.Id}")).AssertErrorAsync(HttpStatusCode.Forbidden);
        await (await outsider.Client.GetAsync($"/api/projects/{project}/members")).AssertErrorAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_owner_removes_a_member_who_then_loses_access()
    {
        var owner = await app.RegisterAsync();
        var bob = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        await owner.AddMemberAsync(project, bob, "editor");

        var response = await owner.Client.DeleteAsync($"/api/projects/{project}/members/{bob.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.ReadJsonAsync())["ok"]!.GetValue<bool>());
        await (await bob.Client.GetAsync($"/api/projects/{project}")).AssertErrorAsync(HttpStatusCode.Forbidden);
        await (await owner.Client.DeleteAsync($"/api/projects/{project}/members/{bob.Id}")).AssertErrorAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_last_owner_can_be_neither_removed_nor_demoted()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();

        await (await owner.Client.DeleteAsync($"/api/projects/{project}/members/{owner.Id}")).AssertErrorAsync(HttpStatusCode.Conflict);
        await (await owner.Client.PostAsJsonAsync($"/api/projects/{project}/members", new { email = owner.Email, role = "editor" })).AssertErrorAsync(HttpStatusCode.Conflict);
        var members = await (await owner.Client.GetAsync($"/api/projects/{project}/members")).ReadJsonAsync();
        Assert.Equal("owner", Assert.Single(members["items"]!.AsArray())!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task With_a_second_owner_the_first_may_leave()
    {
        var owner = await app.RegisterAsync();
        var successor = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        await owner.AddMemberAsync(project, successor, "owner");

        Assert.Equal(HttpStatusCode.OK, (await owner.Client.DeleteAsync($"/api/projects/{project}/members/{owner.Id}")).StatusCode);

        await (await successor.Client.DeleteAsync($"/api/projects/{project}/members/{successor.Id}")).AssertErrorAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Concurrent_demotions_never_leave_a_project_without_an_owner()
    {
        var first = await app.RegisterAsync();
        var second = await app.RegisterAsync();
        var project = await first.CreateProjectAsync();
        await first.AddMemberAsync(project, second, "owner");

        var results = await Task.WhenAll(
            first.Client.DeleteAsync($"/api/projects/{project}/members/{first.Id}"),
            second.Client.DeleteAsync($"/api/projects/{project}/members/{second.Id}"));

        Assert.Single(results, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Single(results, r => r.StatusCode == HttpStatusCode.Conflict);
    }
}

public sealed class MemberTestsOnSqlite(SqliteApp app) : MemberTests<SqliteApp>(app);

public sealed class MemberTestsOnPostgres(PostgresApp app) : MemberTests<PostgresApp>(app);
