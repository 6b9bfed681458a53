using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Infrastructure;

/// <summary>
/// Access is declared by each request (its target, the role it needs, whether the creator may act)
/// and resolved in one place, in one order: the project or resource (404), membership and the least
/// role (403), the child in the project (404), then the creator rule (403).
/// </summary>
public abstract class DeclaredAccessTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TestApp
{
    private readonly TestApp app = app.RequireDatabase();

    [Fact]
    public async Task A_request_without_its_target_is_400_naming_the_field()
    {
        var user = await app.RegisterAsync();

        Assert.Equal("'project_id' is required.", await (await user.Client.GetAsync("/api/experiments")).AssertErrorAsync(HttpStatusCode.BadRequest));
        Assert.Equal("'project_id' is required.", await (await user.Client.PostAsJsonAsync("/api/experiments", new { name = "Run" })).AssertErrorAsync(HttpStatusCode.BadRequest));
        Assert.Equal("'experiment_id' is required.", await (await user.Client.PostAsJsonAsync("/api/models", new { name = "m", algorithm = "GBM" })).AssertErrorAsync(HttpStatusCode.BadRequest));
        Assert.Equal("'model_id' is required.", await (await user.Client.PostAsJsonAsync("/api/deployments", new { name = "d", stage = "production", is_active = true })).AssertErrorAsync(HttpStatusCode.BadRequest));
        Assert.Equal("Send exactly one of 'project_id', 'model_id'.", await (await user.Client.GetAsync("/api/deployments")).AssertErrorAsync(HttpStatusCode.BadRequest));
        Assert.Equal("Send exactly one of 'project_id', 'experiment_id'.", await (await user.Client.GetAsync("/api/models")).AssertErrorAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_role_too_low_is_refused_before_the_child_is_looked_up()
    {
        var owner = await app.RegisterAsync();
        var viewer = await app.RegisterAsync();
        var editor = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        await owner.AddMemberAsync(project, viewer, "viewer");
        await owner.AddMemberAsync(project, editor, "editor");
        var root = await owner.SpacesPathAsync(project);

        Assert.Equal(
            "This requires the editor role in the project; you are viewer.",
            await (await viewer.Client.DeleteAsync($"{root}/datasets/ghost")).AssertErrorAsync(HttpStatusCode.Forbidden));
        Assert.Equal("No dataset named 'ghost' in this project.", await (await editor.Client.DeleteAsync($"{root}/datasets/ghost")).AssertErrorAsync(HttpStatusCode.NotFound));
        Assert.Equal(
            "This requires the editor role in the project; you are viewer.",
            await (await viewer.Client.DeleteAsync($"/projects/{project}/tasks/{Guid.NewGuid()}")).AssertErrorAsync(HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task A_child_of_another_project_is_404_even_for_an_owner_of_both()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        var other = await owner.CreateProjectAsync("Other");
        var task = (await (await owner.Client.PostAsJsonAsync($"/projects/{other}/tasks", new { name = "Elsewhere" })).ReadJsonAsync())["_id"]!.GetValue<string>();

        Assert.Equal(
            $"Task {task} not found in this project.",
            await (await owner.Client.PatchAsJsonAsync($"/projects/{project}/tasks/{task}", new { status = "completed" })).AssertErrorAsync(HttpStatusCode.NotFound));
        await (await owner.Client.DeleteAsync($"/projects/{project}/tasks/{task}")).AssertErrorAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.DeleteAsync($"/projects/{other}/tasks/{task}")).StatusCode);
    }

    [Theory]
    [InlineData("models")]
    [InlineData("deployments")]
    public async Task The_creator_deletes_as_an_editor_where_other_editors_need_to_be_owners(string resource)
    {
        var owner = await app.RegisterAsync();
        var author = await app.RegisterAsync();
        var other = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        await owner.AddMemberAsync(project, author, "editor");
        await owner.AddMemberAsync(project, other, "editor");
        var first = await RecordAsync(author, project, resource);
        var second = await RecordAsync(author, project, resource);
        var thing = resource.TrimEnd('s');

        Assert.Equal(
            $"Only the user who created this {thing} or the project manager (an owner) can delete it.",
            await (await other.Client.DeleteAsync($"/api/{resource}/{first}")).AssertErrorAsync(HttpStatusCode.Forbidden));
        Assert.Equal(HttpStatusCode.OK, (await author.Client.DeleteAsync($"/api/{resource}/{first}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.DeleteAsync($"/api/{resource}/{second}")).StatusCode);
        await (await owner.Client.DeleteAsync($"/api/{resource}/{first}")).AssertErrorAsync(HttpStatusCode.NotFound);
    }

    /// <summary>A model, or a deployment of a model, that <paramref name="user"/> creates; returns its id.</summary>
    private static async Task<string> RecordAsync(TestUser user, Guid project, string resource)
    {
        var experiment = await IdAsync(user.Client.PostAsJsonAsync("/api/experiments", new { project_id = project, name = "Run" }));
        var model = await IdAsync(user.Client.PostAsJsonAsync("/api/models", new { experiment_id = experiment, name = "m", algorithm = "GBM" }));
        return resource == "models" ? model : await IdAsync(user.Client.PostAsJsonAsync("/api/deployments", new { model_id = model, name = "d", stage = "production", is_active = true }));
    }

    private static async Task<string> IdAsync(Task<HttpResponseMessage> created)
    {
        var response = await created;
        JsonNode body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {body}");
        return body["id"]!.GetValue<string>();
    }
}

public sealed class DeclaredAccessTestsOnSqlite(SqliteApp app) : DeclaredAccessTests<SqliteApp>(app);

public sealed class DeclaredAccessTestsOnPostgres(PostgresApp app) : DeclaredAccessTests<PostgresApp>(app);
