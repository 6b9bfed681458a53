using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Features.Platform.Projects;

public abstract class CreateProjectTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TestApp
{
    private readonly TestApp app = app.RequireDatabase();

    [Fact]
    public async Task Returns_201_with_the_project_id_and_the_project()
    {
        var owner = await app.RegisterAsync();

        var response = await owner.Client.PostAsJsonAsync("/api/projects", new { name = "Churn Prediction", description = "Telco customer churn" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        var id = body["project_id"]!.GetValue<string>();
        Assert.Equal($"/api/projects/{id}", response.Headers.Location?.OriginalString);
        var project = body["project"]!;
        Assert.Equal(id, project["id"]!.GetValue<string>());
        Assert.Equal("Churn Prediction", project["name"]!.GetValue<string>());
        Assert.Equal("Telco customer churn", project["description"]!.GetValue<string>());
        Assert.Equal("active", project["status"]!.GetValue<string>());
        Assert.Equal("owner", project["role"]!.GetValue<string>());
        Assert.Equal(owner.Namespace, project["namespace"]!.GetValue<string>());
        Assert.Equal("churn-prediction", project["slug"]!.GetValue<string>());
        Assert.Equal(0, project["dataset_count"]!.GetValue<int>());
        Assert.Equal(0, project["experiment_count"]!.GetValue<int>());
        Assert.Equal(0, project["model_count"]!.GetValue<int>());
        Assert.EndsWith("Z", project["created_at"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slugs_are_unique_within_the_namespace_and_kept_on_rename()
    {
        var owner = await app.RegisterAsync();
        var first = await owner.CreateProjectAsync("Fraud Detection");
        var second = await owner.CreateProjectAsync("fraud   detection!");
        await owner.Client.PutAsJsonAsync($"/api/projects/{first}", new { name = "Something else" });

        Assert.Equal("fraud-detection", await SlugOf(owner, first));
        Assert.Equal("fraud-detection-2", await SlugOf(owner, second));
        var other = await app.RegisterAsync();
        Assert.Equal("fraud-detection", await SlugOf(other, await other.CreateProjectAsync("Fraud Detection")));
    }

    [Fact]
    public async Task Ignores_server_owned_fields_in_the_body()
    {
        var owner = await app.RegisterAsync();
        var id = Guid.NewGuid();

        var response = await owner.Client.PostAsJsonAsync("/api/projects", new { name = "P", id, dataset_count = 99, created_at = "2000-01-01T00:00:00Z", role = "viewer", unknown = true });

        var project = (await response.ReadJsonAsync())["project"]!;
        Assert.NotEqual(id.ToString(), project["id"]!.GetValue<string>());
        Assert.Equal(0, project["dataset_count"]!.GetValue<int>());
        Assert.Equal("owner", project["role"]!.GetValue<string>());
        Assert.StartsWith(DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), project["created_at"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"description":"no name"}""")]
    [InlineData("""{"name":""}""")]
    [InlineData("""{"name":"   "}""")]
    [InlineData("""{"name":"tab\tinside"}""")]
    [InlineData("""{"name":"nul\u0000inside"}""")]
    [InlineData("""{"name":"c1\u0085control"}""")]
    public async Task Returns_400_for_a_missing_or_invalid_name(string body)
    {
        var owner = await app.RegisterAsync();

        var message = await (await owner.Client.SendRawAsync(HttpMethod.Post, "/api/projects", body)).AssertErrorAsync(HttpStatusCode.BadRequest);

        Assert.Contains("'name'", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Returns_400_for_a_name_over_200_characters_or_a_description_over_10000()
    {
        var owner = await app.RegisterAsync();

        await (await owner.Client.PostAsJsonAsync("/api/projects", new { name = new string('n', 201) })).AssertErrorAsync(HttpStatusCode.BadRequest);
        await (await owner.Client.PostAsJsonAsync("/api/projects", new { name = "ok", description = new string('d', 10_001) })).AssertErrorAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Trims_and_normalises_the_name_to_NFC()
    {
        var owner = await app.RegisterAsync();

        var response = await owner.Client.PostAsJsonAsync("/api/projects", new { name = "  Cafe\u0301 Sales  " });

        Assert.Equal("Caf\u00e9 Sales", (await response.ReadJsonAsync())["project"]!["name"]!.GetValue<string>());
    }

    private static async Task<string> SlugOf(TestUser user, Guid projectId) =>
        (await (await user.Client.GetAsync($"/api/projects/{projectId}")).ReadJsonAsync())["project"]!["slug"]!.GetValue<string>();
}

public sealed class CreateProjectTestsOnSqlite(SqliteApp app) : CreateProjectTests<SqliteApp>(app);

public sealed class CreateProjectTestsOnPostgres(PostgresApp app) : CreateProjectTests<PostgresApp>(app);

public abstract class ListProjectsTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TestApp
{
    private readonly TestApp app = app.RequireDatabase();

    [Fact]
    public async Task Lists_only_projects_the_caller_is_a_member_of_newest_first()
    {
        var alice = await app.RegisterAsync();
        var bob = await app.RegisterAsync();
        var first = await alice.CreateProjectAsync("First");
        var second = await alice.CreateProjectAsync("Second");
        var shared = await bob.CreateProjectAsync("Bob's, shared");
        await bob.CreateProjectAsync("Bob's, private");
        await bob.AddMemberAsync(shared, alice, "viewer");

        var body = await (await alice.Client.GetAsync("/api/projects")).ReadJsonAsync();

        Assert.Equal([shared, second, first], Ids(body));
        Assert.Equal(3, body["total"]!.GetValue<int>());
        Assert.Equal(50, body["limit"]!.GetValue<int>());
        Assert.Equal(0, body["offset"]!.GetValue<int>());
        Assert.Equal("viewer", body["items"]![0]!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task Pages_with_limit_and_offset()
    {
        var user = await app.RegisterAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await user.CreateProjectAsync($"P{i}"));
        }

        var body = await (await user.Client.GetAsync("/api/projects?limit=2&offset=1&sort_direction=asc")).ReadJsonAsync();

        Assert.Equal([ids[1], ids[2]], Ids(body));
        Assert.Equal(5, body["total"]!.GetValue<int>());
        Assert.Equal(2, body["limit"]!.GetValue<int>());
        Assert.Equal(1, body["offset"]!.GetValue<int>());
    }

    [Fact]
    public async Task Searches_name_and_description_case_insensitively_in_any_script()
    {
        var user = await app.RegisterAsync();
        var byName = await user.CreateProjectAsync("Fraud Detection v2");
        var byDescription = await user.CreateProjectAsync("Cards", "Credit card FRAUD classification");
        var accented = await user.CreateProjectAsync("\u00c9COLE data");
        await user.CreateProjectAsync("Churn", "Telco");
        await user.CreateProjectAsync("100% literal", "not a wildcard");

        Assert.Equal([byDescription, byName], Ids(await (await user.Client.GetAsync("/api/projects?search=fraud")).ReadJsonAsync()));
        Assert.Equal([accented], Ids(await (await user.Client.GetAsync("/api/projects?search=%C3%A9cole")).ReadJsonAsync()));
        Assert.Single(Ids(await (await user.Client.GetAsync("/api/projects?search=0%25")).ReadJsonAsync()));
        Assert.Equal([accented], Ids(await (await user.Client.GetAsync("/api/projects?search=E%CC%81cole")).ReadJsonAsync()));
        Assert.Empty(Ids(await (await user.Client.GetAsync("/api/projects?search=_")).ReadJsonAsync()));
    }

    [Fact]
    public async Task Filters_by_status_and_sorts_by_name()
    {
        var user = await app.RegisterAsync();
        var beta = await user.CreateProjectAsync("beta");
        var alpha = await user.CreateProjectAsync("Alpha");
        var archived = await user.CreateProjectAsync("Gamma");
        await user.Client.PutAsJsonAsync($"/api/projects/{archived}", new { name = "Gamma", status = "archived" });

        Assert.Equal([alpha, beta], Ids(await (await user.Client.GetAsync("/api/projects?sort_field=name&sort_direction=asc")).ReadJsonAsync()));
        Assert.Equal([archived], Ids(await (await user.Client.GetAsync("/api/projects?status=archived")).ReadJsonAsync()));
        Assert.Equal([archived, beta, alpha], Ids(await (await user.Client.GetAsync("/api/projects?status=all&sort_field=name")).ReadJsonAsync()));
    }

    [Theory]
    [InlineData("limit=0", "'limit'")]
    [InlineData("limit=501", "'limit'")]
    [InlineData("offset=-1", "'offset'")]
    [InlineData("status=deleted", "'status'")]
    [InlineData("sort_field=owner", "'sort_field'")]
    [InlineData("sort_direction=up", "'sort_direction'")]
    [InlineData("offset=1000001", "'offset'")]
    public async Task Returns_400_for_parameters_out_of_range(string query, string field)
    {
        var user = await app.RegisterAsync();

        var message = await (await user.Client.GetAsync($"/api/projects?{query}")).AssertErrorAsync(HttpStatusCode.BadRequest);

        Assert.Contains(field, message, StringComparison.Ordinal);
    }

    private static List<Guid> Ids(JsonNode body) => body["items"]!.AsArray().Select(p => Guid.Parse(p!["id"]!.GetValue<string>())).ToList();
}

public sealed class ListProjectsTestsOnSqlite(SqliteApp app) : ListProjectsTests<SqliteApp>(app);

public sealed class ListProjectsTestsOnPostgres(PostgresApp app) : ListProjectsTests<PostgresApp>(app);

public abstract class GetUpdateDeleteProjectTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TestApp
{
    private readonly TestApp app = app.RequireDatabase();

    [Fact]
    public async Task A_member_gets_the_project()
    {
        var owner = await app.RegisterAsync();
        var viewer = await app.RegisterAsync();
        var id = await owner.CreateProjectAsync();
        await owner.AddMemberAsync(id, viewer, "viewer");

        var body = await (await viewer.Client.GetAsync($"/api/projects/{id}")).ReadJsonAsync();

        Assert.Equal(id.ToString(), body["project"]!["id"]!.GetValue<string>());
        Assert.Equal("viewer", body["project"]!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task Returns_403_to_a_non_member_and_404_for_an_unknown_or_malformed_id()
    {
        var owner = await app.RegisterAsync();
        var stranger = await app.RegisterAsync();
        var id = await owner.CreateProjectAsync();

        await (await stranger.Client.GetAsync($"/api/projects/{id}")).AssertErrorAsync(HttpStatusCode.Forbidden);
        await (await owner.Client.GetAsync($"/api/projects/{Guid.NewGuid()}")).AssertErrorAsync(HttpStatusCode.NotFound);
        await (await owner.Client.GetAsync("/api/projects/not-a-uuid")).AssertErrorAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_owner_renames_archives_and_clears_the_description()
    {
        var owner = await app.RegisterAsync();
        var id = await owner.CreateProjectAsync("Churn Prediction", "Telco customer churn");

        var renamed = await (await owner.Client.PutAsJsonAsync($"/api/projects/{id}", new { name = "Churn Prediction v2" })).ReadJsonAsync();
        Assert.Equal("Churn Prediction v2", renamed["project"]!["name"]!.GetValue<string>());
        Assert.Equal("Telco customer churn", renamed["project"]!["description"]!.GetValue<string>());

        var archived = await (await owner.Client.PutAsJsonAsync($"/api/projects/{id}", new { name = "Churn Prediction v2", description = "", status = "archived" })).ReadJsonAsync();
        Assert.Null(archived["project"]!["description"]);
        Assert.Equal("archived", archived["project"]!["status"]!.GetValue<string>());

        var stored = await (await owner.Client.GetAsync($"/api/projects/{id}")).ReadJsonAsync();
        Assert.Equal("archived", stored["project"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Update_returns_400_for_a_missing_name_or_unknown_status()
    {
        var owner = await app.RegisterAsync();
        var id = await owner.CreateProjectAsync();

        Assert.Contains("'name'", await (await owner.Client.PutAsJsonAsync($"/api/projects/{id}", new { description = "x" })).AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("'status'", await (await owner.Client.PutAsJsonAsync($"/api/projects/{id}", new { name = "x", status = "deleted" })).AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_owner_may_update_or_delete()
    {
        var owner = await app.RegisterAsync();
        var editor = await app.RegisterAsync();
        var id = await owner.CreateProjectAsync();
        await owner.AddMemberAsync(id, editor, "editor");

        await (await editor.Client.PutAsJsonAsync($"/api/projects/{id}", new { name = "Mine now" })).AssertErrorAsync(HttpStatusCode.Forbidden);
        await (await editor.Client.DeleteAsync($"/api/projects/{id}")).AssertErrorAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.GetAsync($"/api/projects/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_non_member_gets_403_before_any_validation()
    {
        var owner = await app.RegisterAsync();
        var stranger = await app.RegisterAsync();
        var id = await owner.CreateProjectAsync();

        await (await stranger.Client.PutAsJsonAsync($"/api/projects/{id}", new { name = "", status = "nonsense" })).AssertErrorAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Delete_removes_the_project_its_members_and_its_timeline()
    {
        var owner = await app.RegisterAsync();
        var viewer = await app.RegisterAsync();
        var id = await owner.CreateProjectAsync();
        await owner.AddMemberAsync(id, viewer, "viewer");

        var response = await owner.Client.DeleteAsync($"/api/projects/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.ReadJsonAsync())["ok"]!.GetValue<bool>());
        await (await owner.Client.GetAsync($"/api/projects/{id}")).AssertErrorAsync(HttpStatusCode.NotFound);
        await (await viewer.Client.GetAsync($"/api/projects/{id}/members")).AssertErrorAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await (await viewer.Client.GetAsync("/api/projects")).ReadJsonAsync())["total"]!.GetValue<int>());
        await using var connection = await app.Database.OpenAsync(CancellationToken.None);
        Assert.Equal(0L, await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT COUNT(*) FROM project_members WHERE project_id = @Id", new { Id = id }));
        Assert.Equal(0L, await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT COUNT(*) FROM timeline_events WHERE project_id = @Id", new { Id = id }));
    }
}

public sealed class GetUpdateDeleteProjectTestsOnSqlite(SqliteApp app) : GetUpdateDeleteProjectTests<SqliteApp>(app);

public sealed class GetUpdateDeleteProjectTestsOnPostgres(PostgresApp app) : GetUpdateDeleteProjectTests<PostgresApp>(app);
