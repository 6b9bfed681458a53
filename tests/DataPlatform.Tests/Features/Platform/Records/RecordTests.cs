using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Features.Platform.Records;

/// <summary>Experiments, models and deployments; lineage in both directions; counts and timeline events.</summary>
public abstract class RecordTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TestApp
{
    private readonly TestApp app = app.RequireDatabase();

    [Fact]
    public async Task The_chain_from_dataset_version_to_deployment_shows_in_both_lineages()
    {
        var (owner, project, dataset, version) = await DatasetAsync();

        var experiment = await Created(owner.Client.PostAsJsonAsync("/api/experiments", new
        {
            project_id = project, name = "AutoML Run 1", dataset_version_id = version, target_column = "is_fraud", problem_type = "classification",
        }));
        var model = await Created(owner.Client.PostAsJsonAsync("/api/models", new { experiment_id = experiment.Id("id"), name = "GBM_1_AutoML", algorithm = "GBM", metrics = new { auc = 0.93 } }));
        var deployment = await Created(owner.Client.PostAsJsonAsync("/api/deployments", new { model_id = model.Id("id"), name = "GBM_1_AutoML", stage = "production", is_active = true }));
        var succeeded = await (await owner.Client.PatchAsJsonAsync($"/api/experiments/{experiment["id"]}", new { status = "succeeded" })).ReadJsonAsync();

        Assert.Equal(dataset, experiment.Id("dataset_id"));
        Assert.Equal("running", experiment["status"]!.GetValue<string>());
        Assert.Equal("succeeded", succeeded["status"]!.GetValue<string>());
        Assert.Equal("GBM", succeeded["best_model_type"]!.GetValue<string>());
        Assert.True(succeeded["duration"]!.GetValue<long>() >= 0);
        var lineage = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/lineage")).ReadJsonAsync();
        var run = Assert.Single(lineage["experiments"]!.AsArray())!;
        Assert.Equal(["id", "name", "target_column", "problem_type", "status", "model_count"], run.AsObject().Select(p => p.Key));
        Assert.Equal(1, run["model_count"]!.GetValue<int>());
        Assert.Equal(["id", "name", "algorithm", "experiment_id"], Assert.Single(lineage["models"]!.AsArray())!.AsObject().Select(p => p.Key));
        var served = Assert.Single(lineage["deployments"]!.AsArray())!;
        Assert.Equal(["id", "name", "model_id", "stage", "is_active"], served.AsObject().Select(p => p.Key));
        Assert.True(served["is_active"]!.GetValue<bool>());
        var backwards = await (await owner.Client.GetAsync($"/api/models/{model["id"]}/lineage")).ReadJsonAsync();
        Assert.Equal(experiment["id"]!.GetValue<string>(), backwards["experiment"]!["id"]!.GetValue<string>());
        Assert.Equal(dataset, backwards["dataset"]!.Id("id"));
        Assert.Equal(version, backwards["dataset_version"]!.Id("id"));
        Assert.Equal(0, backwards["dataset_version"]!["version"]!.GetValue<int>());
        Assert.Equal(deployment["id"]!.GetValue<string>(), Assert.Single(backwards["deployments"]!.AsArray())!["id"]!.GetValue<string>());
        var counts = (await (await owner.Client.GetAsync($"/api/projects/{project}")).ReadJsonAsync())["project"]!;
        Assert.Equal(1, counts["experiment_count"]!.GetValue<int>());
        Assert.Equal(1, counts["model_count"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_experiment_on_a_dataset_records_the_version_it_saw()
    {
        var (owner, project, dataset, _) = await DatasetAsync();
        var second = (await (await owner.Client.PostVersionAsync(dataset, "a,b\n9,9\n")).ReadJsonAsync()).Id("dataset_version_id");

        var experiment = await Created(owner.Client.PostAsJsonAsync("/api/experiments", new { project_id = project, name = "On the dataset", dataset_id = dataset }));
        await owner.Client.PostVersionAsync(dataset, "a,b\n10,10\n");

        Assert.Equal(second, experiment.Id("dataset_version_id"));
        var lineage = await (await owner.Client.GetAsync($"/api/experiments/{experiment["id"]}")).ReadJsonAsync();
        Assert.Equal(second, lineage.Id("dataset_version_id"));
    }

    [Fact]
    public async Task Experiment_events_carry_the_fields_the_seed_shows_in_order()
    {
        var (owner, project, _, version) = await DatasetAsync();
        var experiment = await Created(owner.Client.PostAsJsonAsync("/api/experiments", new { project_id = project, name = "Run", dataset_version_id = version, target_column = "y", problem_type = "regression" }));
        await owner.Client.PostAsJsonAsync("/api/models", new { experiment_id = experiment.Id("id"), name = "m", algorithm = "GLM" });
        await owner.Client.PatchAsJsonAsync($"/api/experiments/{experiment["id"]}", new { status = "completed" });

        var events = (await (await owner.Client.GetAsync($"/api/projects/{project}/timeline")).ReadJsonAsync())["events"]!.AsArray();

        Assert.Equal(
            ["project:created", "dataset:uploaded", "experiment:created", "model:created", "experiment:updated"],
            events.Select(e => $"{e!["type"]}:{e["action"]}"));
        var timestamps = events.Select(e => e!["timestamp"]!.GetValue<DateTime>()).ToList();
        Assert.Equal(timestamps.Order(), timestamps);
        var upload = events[1]!;
        Assert.Equal(4, upload["rows"]!.GetValue<int>());
        Assert.Equal(4, upload["columns"]!.GetValue<int>());
        var finished = events[4]!;
        Assert.Equal("completed", finished["status"]!.GetValue<string>());
        Assert.Equal("y", finished["target_column"]!.GetValue<string>());
        Assert.Equal("regression", finished["problem_type"]!.GetValue<string>());
        Assert.Equal("GLM", finished["best_model_type"]!.GetValue<string>());
        Assert.NotNull(finished["duration"]);
    }

    [Fact]
    public async Task A_model_file_is_stored_once_downloaded_and_removed_with_its_experiment()
    {
        var (owner, project, _, _) = await DatasetAsync();
        var experiment = await Created(owner.Client.PostAsJsonAsync("/api/experiments", new { project_id = project, name = "Run" }));
        var bytes = Encoding.UTF8.GetBytes($"model {Guid.NewGuid()}");
        var form = Support.Datasets.Form([("experiment_id", experiment["id"]!.GetValue<string>()), ("name", "GBM"), ("algorithm", "GBM"), ("metrics", "{\"auc\":0.9}")], "model.bin", bytes);

        var model = await Created(owner.Client.PostAsync("/api/models", form));
        var download = await owner.Client.GetAsync($"/api/models/{model["id"]}/download");

        Assert.Equal("model.bin", model["file_name"]!.GetValue<string>());
        Assert.Equal(0.9, model["metrics"]!["auc"]!.GetValue<double>());
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.True(File.Exists(app.ArtifactPath(bytes)));
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.DeleteAsync($"/api/experiments/{experiment["id"]}")).StatusCode);
        await (await owner.Client.GetAsync($"/api/models/{model["id"]}")).AssertErrorAsync(HttpStatusCode.NotFound);
        Assert.False(File.Exists(app.ArtifactPath(bytes)));
    }

    [Fact]
    public async Task Lists_page_by_project_or_parent_and_updates_change_what_is_sent()
    {
        var (owner, project, _, _) = await DatasetAsync();
        var experiment = await Created(owner.Client.PostAsJsonAsync("/api/experiments", new { project_id = project, name = "Run", metrics = new { loss = 1.0 } }));
        var model = await Created(owner.Client.PostAsJsonAsync("/api/models", new { experiment_id = experiment.Id("id"), name = "m1", algorithm = "GBM" }));
        await owner.Client.PostAsJsonAsync("/api/models", new { experiment_id = experiment.Id("id"), name = "m2", algorithm = "DRF" });
        var deployment = await Created(owner.Client.PostAsJsonAsync("/api/deployments", new { model_id = model.Id("id"), name = "d", stage = "staging", is_active = false }));

        var experiments = await (await owner.Client.GetAsync($"/api/experiments?project_id={project}")).ReadJsonAsync();
        var models = await (await owner.Client.GetAsync($"/api/models?experiment_id={experiment["id"]}&limit=1&offset=1")).ReadJsonAsync();
        var deployments = await (await owner.Client.GetAsync($"/api/deployments?model_id={model["id"]}")).ReadJsonAsync();
        var promoted = await (await owner.Client.PatchAsJsonAsync($"/api/deployments/{deployment["id"]}", new { stage = "production" })).ReadJsonAsync();
        var renamed = await (await owner.Client.PatchAsJsonAsync($"/api/models/{model["id"]}", new { name = "m1-final" })).ReadJsonAsync();

        Assert.Equal(1, experiments["total"]!.GetValue<int>());
        Assert.Equal(1.0, experiments["items"]![0]!["metrics"]!["loss"]!.GetValue<double>());
        Assert.Equal(2, models["total"]!.GetValue<int>());
        Assert.Equal("m2", Assert.Single(models["items"]!.AsArray())!["name"]!.GetValue<string>());
        Assert.Equal(1, deployments["total"]!.GetValue<int>());
        Assert.Equal("production", promoted["stage"]!.GetValue<string>());
        Assert.False(promoted["is_active"]!.GetValue<bool>());
        Assert.Equal("m1-final", renamed["name"]!.GetValue<string>());
        Assert.Equal("GBM", renamed["algorithm"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bad_input_is_400_naming_the_field()
    {
        var (owner, project, _, _) = await DatasetAsync();
        var (_, otherProject, otherDataset, _) = await DatasetAsync();
        var experiment = await Created(owner.Client.PostAsJsonAsync("/api/experiments", new { project_id = project, name = "Run" }));

        Assert.Contains("problem_type", await (await owner.Client.PostAsJsonAsync("/api/experiments", new { project_id = project, name = "x", problem_type = "magic" })).AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("status", await (await owner.Client.PatchAsJsonAsync($"/api/experiments/{experiment["id"]}", new { status = "done" })).AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("dataset_id", await (await owner.Client.PostAsJsonAsync("/api/experiments", new { project_id = project, name = "x", dataset_id = otherDataset })).AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("metrics", await (await owner.Client.PostAsJsonAsync("/api/models", new { experiment_id = experiment.Id("id"), name = "m", algorithm = "GBM", metrics = new[] { 1 } })).AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("algorithm", await (await owner.Client.PostAsJsonAsync("/api/models", new { experiment_id = experiment.Id("id"), name = "m" })).AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        var model = await Created(owner.Client.PostAsJsonAsync("/api/models", new { experiment_id = experiment.Id("id"), name = "m", algorithm = "GBM" }));
        Assert.Contains("stage", await (await owner.Client.PostAsJsonAsync("/api/deployments", new { model_id = model.Id("id"), name = "d", stage = "moon", is_active = true })).AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("project_id", await (await owner.Client.GetAsync("/api/experiments")).AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("exactly one", await (await owner.Client.GetAsync($"/api/models?project_id={project}&experiment_id={experiment["id"]}")).AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        await (await owner.Client.GetAsync($"/api/experiments?project_id={otherProject}")).AssertErrorAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Roles_decide_who_records_and_who_deletes()
    {
        var (owner, project, _, _) = await DatasetAsync();
        var viewer = await app.RegisterAsync();
        var editor = await app.RegisterAsync();
        var stranger = await app.RegisterAsync();
        await owner.AddMemberAsync(project, viewer, "viewer");
        await owner.AddMemberAsync(project, editor, "editor");
        var experiment = await Created(owner.Client.PostAsJsonAsync("/api/experiments", new { project_id = project, name = "Run" }));

        await (await viewer.Client.PostAsJsonAsync("/api/experiments", new { project_id = project, name = "x" })).AssertErrorAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await viewer.Client.GetAsync($"/api/experiments/{experiment["id"]}")).StatusCode);
        await (await stranger.Client.GetAsync($"/api/experiments/{experiment["id"]}")).AssertErrorAsync(HttpStatusCode.Forbidden);
        await (await editor.Client.DeleteAsync($"/api/experiments/{experiment["id"]}")).AssertErrorAsync(HttpStatusCode.Forbidden);
        await (await owner.Client.GetAsync($"/api/experiments/{Guid.NewGuid()}")).AssertErrorAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.DeleteAsync($"/api/experiments/{experiment["id"]}")).StatusCode);
    }

    [Fact]
    public async Task Tracker_and_Platform_experiments_are_the_same_records()
    {
        var (owner, project, _, _) = await DatasetAsync();
        await owner.Client.PostAsJsonAsync($"/projects/{project}/experiments", new { name = "Logged", description = "d", phase = "modeling", runDate = "2026-03-05" });
        await Created(owner.Client.PostAsJsonAsync("/api/experiments", new { project_id = project, name = "Recorded" }));

        var platform = await (await owner.Client.GetAsync($"/api/experiments?project_id={project}")).ReadJsonAsync();
        var tracker = (await (await owner.Client.GetAsync($"/projects/{project}/experiments?phase=modeling")).ReadJsonAsync()).AsArray();

        Assert.Equal(["Logged", "Recorded"], platform["items"]!.AsArray().Select(e => e!["name"]!.GetValue<string>()));
        Assert.Equal("completed", platform["items"]![0]!["status"]!.GetValue<string>());
        Assert.Equal(["Logged", "Recorded"], tracker.Select(e => e!["name"]!.GetValue<string>()));
    }

    private async Task<(TestUser Owner, Guid Project, Guid Dataset, Guid Version)> DatasetAsync()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        var uploaded = await owner.UploadAsync(project);
        return (owner, project, uploaded.Id("dataset_id"), uploaded.Id("dataset_version_id"));
    }

    private static async Task<JsonNode> Created(Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {body}");
        return body;
    }
}

public sealed class RecordTestsOnSqlite(SqliteApp app) : RecordTests<SqliteApp>(app);

public sealed class RecordTestsOnPostgres(PostgresApp app) : RecordTests<PostgresApp>(app);
