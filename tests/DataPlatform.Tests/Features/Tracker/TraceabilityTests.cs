using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Features.Tracker;

/// <summary>Datasets, experiments and decisions by CRISP-DM phase, as seed 000 and api.md describe them.</summary>
public abstract class TraceabilityTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TestApp
{
    private static readonly object SeedDataset = new
    {
        name = "Customer Transactions Q1-Q8",
        source = "data-warehouse.prod/transactions",
        description = "Raw transaction records for the past 24 months.",
        records = 4200000,
        acquisitionDate = "2026-03-01T00:00:00.000Z",
        phase = "data_understanding",
    };

    private static readonly object SeedExperiment = new
    {
        name = "GBM baseline",
        description = "First model on the cleaned data.",
        phase = "modeling",
        hypothesis = "Trees beat the linear baseline.",
        parameters = new { depth = 6, trees = 300 },
        metrics = new { auc = 0.91 },
        result = "AUC 0.91",
        runDate = "2026-03-05",
    };

    private static readonly object SeedDecision = new
    {
        title = "Use GBM",
        description = "Deploy the GBM model.",
        rationale = "Best AUC at acceptable latency.",
        phase = "evaluation",
        decisionDate = "2026-03-06",
    };

    private readonly TestApp app = app.RequireDatabase();

    [Fact]
    public async Task A_logged_dataset_has_the_documented_shape_and_is_a_Platform_dataset()
    {
        var user = await app.RegisterAsync(name: "Maria Garcia");
        var project = await user.CreateProjectAsync();

        var response = await user.Client.PostAsJsonAsync($"/projects/{project}/datasets", SeedDataset);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var dataset = await response.ReadJsonAsync();
        Assert.Equal(
            ["_id", "name", "source", "description", "records", "acquisitionDate", "phase", "project", "createdBy", "createdAt"],
            dataset.AsObject().Select(p => p.Key));
        Assert.Equal(4200000, dataset["records"]!.GetValue<long>());
        Assert.Equal(new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), dataset["acquisitionDate"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.Equal(project, dataset.Id("project"));
        Assert.Equal(user.Id, dataset["createdBy"]!.Id("_id"));
        Assert.Equal("Maria Garcia", dataset["createdBy"]!["name"]!.GetValue<string>());
        Assert.Equal(user.Email, dataset["createdBy"]!["email"]!.GetValue<string>());
        var platform = await (await user.Client.GetAsync($"/api/datasets/{dataset["_id"]}")).ReadJsonAsync();
        Assert.Equal("Customer Transactions Q1-Q8", platform["dataset"]!["name"]!.GetValue<string>());
        Assert.Null(platform["dataset"]!["dataset_version_id"]);
        Assert.Equal(1, (await (await user.Client.GetAsync($"/api/projects/{project}")).ReadJsonAsync())["project"]!["dataset_count"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_uploaded_dataset_is_listed_with_its_row_count_as_records_and_filtered_by_phase()
    {
        var user = await app.RegisterAsync();
        var project = await user.CreateProjectAsync();
        await user.UploadAsync(project, "Uploaded");
        await user.Client.PostAsJsonAsync($"/projects/{project}/datasets", SeedDataset);

        var all = await user.Client.GetAsync($"/projects/{project}/datasets");
        var modeling = await user.Client.GetAsync($"/projects/{project}/datasets?phase=modeling");

        var items = (await all.ReadJsonAsync()).AsArray();
        Assert.Equal("2", all.Headers.GetValues("X-Total-Count").Single());
        var uploaded = items[0]!;
        Assert.Equal("Uploaded", uploaded["name"]!.GetValue<string>());
        Assert.Equal(4, uploaded["records"]!.GetValue<long>());
        Assert.Equal("data.csv", uploaded["source"]!.GetValue<string>());
        Assert.Equal("data_understanding", uploaded["phase"]!.GetValue<string>());
        Assert.Empty((await modeling.ReadJsonAsync()).AsArray());
    }

    [Fact]
    public async Task Experiments_and_decisions_are_logged_listed_by_phase_and_on_the_timeline()
    {
        var user = await app.RegisterAsync();
        var project = await user.CreateProjectAsync();

        var experiment = await (await user.Client.PostAsJsonAsync($"/projects/{project}/experiments", SeedExperiment)).ReadJsonAsync();
        var decision = await (await user.Client.PostAsJsonAsync($"/projects/{project}/decisions", SeedDecision)).ReadJsonAsync();
        var modeling = (await (await user.Client.GetAsync($"/projects/{project}/experiments?phase=modeling")).ReadJsonAsync()).AsArray();
        var evaluation = (await (await user.Client.GetAsync($"/projects/{project}/experiments?phase=evaluation")).ReadJsonAsync()).AsArray();
        var decisions = (await (await user.Client.GetAsync($"/projects/{project}/decisions?phase=evaluation")).ReadJsonAsync()).AsArray();

        Assert.Equal(
            ["_id", "name", "description", "phase", "hypothesis", "parameters", "metrics", "result", "runDate", "project", "createdBy", "createdAt"],
            experiment.AsObject().Select(p => p.Key));
        Assert.Equal(300, experiment["parameters"]!["trees"]!.GetValue<int>());
        Assert.Equal(0.91, experiment["metrics"]!["auc"]!.GetValue<double>());
        Assert.Equal("2026-03-05T00:00:00Z", experiment["runDate"]!.GetValue<string>());
        Assert.Equal(
            ["_id", "title", "description", "rationale", "phase", "decisionDate", "project", "createdBy", "createdAt"],
            decision.AsObject().Select(p => p.Key));
        Assert.Equal(experiment["_id"]!.GetValue<string>(), Assert.Single(modeling)!["_id"]!.GetValue<string>());
        Assert.Empty(evaluation);
        Assert.Equal("Use GBM", Assert.Single(decisions)!["title"]!.GetValue<string>());
        var timeline = await (await user.Client.GetAsync($"/api/projects/{project}/timeline")).ReadJsonAsync();
        Assert.Contains(timeline["events"]!.AsArray(), e => e!["type"]!.GetValue<string>() == "experiment" && e["action"]!.GetValue<string>() == "logged");
        Assert.Contains(timeline["events"]!.AsArray(), e => e!["type"]!.GetValue<string>() == "decision" && e["action"]!.GetValue<string>() == "logged");
    }

    [Theory]
    [InlineData("datasets", "records")]
    [InlineData("datasets", "acquisitionDate")]
    [InlineData("datasets", "source")]
    [InlineData("experiments", "runDate")]
    [InlineData("experiments", "phase")]
    [InlineData("decisions", "rationale")]
    [InlineData("decisions", "decisionDate")]
    public async Task Every_required_field_is_checked_by_name(string resource, string field)
    {
        var user = await app.RegisterAsync();
        var project = await user.CreateProjectAsync();
        var body = JsonSerializerNode(resource);
        body.Remove(field);

        var response = await user.Client.PostAsJsonAsync($"/projects/{project}/{resource}", body);

        Assert.Contains(field, await response.AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("datasets")]
    [InlineData("experiments")]
    [InlineData("decisions")]
    public async Task Phases_outside_CRISP_DM_are_400_when_logging_and_filtering(string resource)
    {
        var user = await app.RegisterAsync();
        var project = await user.CreateProjectAsync();
        var body = JsonSerializerNode(resource);
        body["phase"] = "planning";

        await (await user.Client.PostAsJsonAsync($"/projects/{project}/{resource}", body)).AssertErrorAsync(HttpStatusCode.BadRequest);
        await (await user.Client.GetAsync($"/projects/{project}/{resource}?phase=planning")).AssertErrorAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Experiment_parameters_and_metrics_must_be_objects()
    {
        var user = await app.RegisterAsync();
        var project = await user.CreateProjectAsync();
        var body = JsonSerializerNode("experiments");
        body["metrics"] = new JsonArray(1, 2);

        Assert.Contains("metrics", await (await user.Client.PostAsJsonAsync($"/projects/{project}/experiments", body)).AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("datasets")]
    [InlineData("experiments")]
    [InlineData("decisions")]
    public async Task Only_the_creator_or_the_manager_deletes_an_entry(string resource)
    {
        var manager = await app.RegisterAsync();
        var author = await app.RegisterAsync();
        var other = await app.RegisterAsync();
        var project = await manager.CreateProjectAsync();
        await manager.AddMemberAsync(project, author, "editor");
        await manager.AddMemberAsync(project, other, "editor");
        var first = await LogAsync(author, project, resource);
        var second = await LogAsync(author, project, resource, "second");

        var refused = await other.Client.DeleteAsync($"/projects/{project}/{resource}/{first}");
        var byAuthor = await author.Client.DeleteAsync($"/projects/{project}/{resource}/{first}");
        var byManager = await manager.Client.DeleteAsync($"/projects/{project}/{resource}/{second}");

        await refused.AssertErrorAsync(HttpStatusCode.Forbidden);
        Assert.EndsWith("deleted successfully.", (await byAuthor.ReadJsonAsync())["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, byManager.StatusCode);
        Assert.Equal("0", (await manager.Client.GetAsync($"/projects/{project}/{resource}")).Headers.GetValues("X-Total-Count").Single());
    }

    [Theory]
    [InlineData("datasets")]
    [InlineData("experiments")]
    [InlineData("decisions")]
    public async Task An_entry_of_another_project_or_an_unknown_one_is_404_and_strangers_are_403(string resource)
    {
        var manager = await app.RegisterAsync();
        var stranger = await app.RegisterAsync();
        var project = await manager.CreateProjectAsync();
        var other = await manager.CreateProjectAsync("Other");
        var entry = await LogAsync(manager, other, resource);

        await (await manager.Client.DeleteAsync($"/projects/{project}/{resource}/{entry}")).AssertErrorAsync(HttpStatusCode.NotFound);
        await (await manager.Client.DeleteAsync($"/projects/{project}/{resource}/{Guid.NewGuid()}")).AssertErrorAsync(HttpStatusCode.NotFound);
        await (await manager.Client.GetAsync($"/projects/{Guid.NewGuid()}/{resource}")).AssertErrorAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.GetAsync($"/projects/{project}/{resource}")).AssertErrorAsync(HttpStatusCode.Forbidden);
        await (await stranger.Client.PostAsJsonAsync($"/projects/{project}/{resource}", JsonSerializerNode(resource))).AssertErrorAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_dataset_name_is_unique_in_its_project_across_surfaces()
    {
        var user = await app.RegisterAsync();
        var project = await user.CreateProjectAsync();
        var uploaded = (await user.UploadAsync(project, "Customer Transactions Q1-Q8")).Id("dataset_id");
        var space = await user.SpacesPathAsync(project);
        await (await user.Client.PostAsJsonAsync($"{space}/datasets", new { name = "renamed-later" })).ReadJsonAsync();

        var expected = $"A dataset named 'Customer Transactions Q1-Q8' already exists in this project ({uploaded}); choose another name, or add a version to it with POST /api/datasets/{uploaded}/versions.";
        Assert.Equal(expected, await (await user.Client.PostAsJsonAsync($"/projects/{project}/datasets", SeedDataset)).AssertErrorAsync(HttpStatusCode.Conflict));
        Assert.Equal(expected, await (await user.Client.PostAsJsonAsync($"{space}/datasets", new { name = "Customer Transactions Q1-Q8" })).AssertErrorAsync(HttpStatusCode.Conflict));
        Assert.Equal(expected, await (await user.Client.PatchAsJsonAsync($"{space}/datasets/renamed-later", new { name = "Customer Transactions Q1-Q8" })).AssertErrorAsync(HttpStatusCode.Conflict));
        Assert.Equal(expected, await (await user.PostUploadAsync(project, "Customer Transactions Q1-Q8", "a\n1\n")).AssertErrorAsync(HttpStatusCode.Conflict));
    }

    private static JsonObject JsonSerializerNode(string resource) =>
        System.Text.Json.JsonSerializer.SerializeToNode(resource switch
        {
            "datasets" => SeedDataset,
            "experiments" => SeedExperiment,
            _ => SeedDecision,
        })!.AsObject();

    private static async Task<Guid> LogAsync(TestUser user, Guid project, string resource, string suffix = "")
    {
        var body = JsonSerializerNode(resource);
        body[resource == "decisions" ? "title" : "name"] = $"Entry {suffix}{Guid.NewGuid():N}";
        var response = await user.Client.PostAsJsonAsync($"/projects/{project}/{resource}", body);
        var json = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"log failed: {(int)response.StatusCode} {json}");
        return json.Id("_id");
    }
}

public sealed class TraceabilityTestsOnSqlite(SqliteApp app) : TraceabilityTests<SqliteApp>(app);

public sealed class TraceabilityTestsOnPostgres(PostgresApp app) : TraceabilityTests<PostgresApp>(app);
