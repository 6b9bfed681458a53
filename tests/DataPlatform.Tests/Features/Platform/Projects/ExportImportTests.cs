using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Features.Platform.Projects;

/// <summary>Export streams the whole project; import recreates it, and refuses damaged or hostile archives leaving nothing behind.</summary>
public abstract partial class ExportImportTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TestApp
{
    private readonly TestApp app = app.RequireDatabase();

    [Fact]
    public async Task An_export_holds_the_manifest_and_every_file_under_an_id_path()
    {
        var (owner, project) = await FullProjectAsync();

        var response = await owner.Client.GetAsync($"/api/projects/{project}/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var manifest = JsonNode.Parse(zip.GetEntry("manifest.json")!.Open())!;
        Assert.Equal(1, manifest["format_version"]!.GetValue<int>());
        foreach (var key in new[] { "project", "members", "datasets", "experiments", "models", "deployments", "tasks", "decisions", "collections", "timeline", "files" })
        {
            Assert.NotNull(manifest[key]);
        }

        var version = manifest["datasets"]!.AsArray().Single(d => d!["versions"]!.AsArray().Count > 0)!["versions"]![0]!;
        Assert.Equal(4, version["row_count"]!.GetValue<int>());
        Assert.NotNull(version["statistics"]!["columns"]);
        Assert.NotNull(version["quality"]!["overall_score"]);
        var files = manifest["files"]!.AsArray();
        Assert.Equal(2, files.Count);
        Assert.All(files, f => Assert.Matches("^artifacts/[0-9a-f-]{36}$", f!["path"]!.GetValue<string>()));
        Assert.Equal(
            files.Select(f => f!["path"]!.GetValue<string>()).Append("manifest.json").Order(),
            zip.Entries.Select(e => e.FullName).Order());
        var csv = zip.GetEntry(version["file"]!.GetValue<string>())!;
        Assert.Equal(Support.Datasets.SampleCsv, new StreamReader(csv.Open()).ReadToEnd());
    }

    [Fact]
    public async Task Export_then_import_then_export_gives_the_same_manifest_apart_from_ids_and_timestamps()
    {
        var (owner, project) = await FullProjectAsync();
        var first = await ExportAsync(owner, project);

        var imported = await owner.Client.PostAsync("/api/projects/import", Archive(first));

        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var body = await imported.ReadJsonAsync();
        var copy = body.Id("project_id");
        Assert.NotEqual(project, copy);
        Assert.Equal("owner", body["project"]!["role"]!.GetValue<string>());
        Assert.Equal(2, body["project"]!["dataset_count"]!.GetValue<int>());
        var second = await ExportAsync(owner, copy);
        Assert.Equal(Normalized(Manifest(first)), Normalized(Manifest(second)));
        var timeline = await (await owner.Client.GetAsync($"/api/projects/{copy}/timeline")).ReadJsonAsync();
        Assert.Equal(
            (await (await owner.Client.GetAsync($"/api/projects/{project}/timeline")).ReadJsonAsync())["total"]!.GetValue<int>(),
            timeline["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Members_with_an_account_keep_their_roles_and_the_others_are_listed()
    {
        var (owner, project) = await FullProjectAsync();
        var editor = await app.RegisterAsync();
        await owner.AddMemberAsync(project, editor, "editor");
        var manifest = Manifest(await ExportAsync(owner, project));
        manifest["members"]!.AsArray().Add(new JsonObject { ["user_id"] = Guid.NewGuid().ToString(), ["email"] = "gone@example.com", ["name"] = "Gone", ["role"] = "viewer" });

        var imported = await owner.Client.PostAsync("/api/projects/import", Archive(Rewrite(await ExportAsync(owner, project), replace: ("manifest.json", manifest.ToJsonString()))));

        var body = await imported.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        Assert.Equal(["gone@example.com"], body["skipped_members"]!.AsArray().Select(e => e!.GetValue<string>()));
        var copy = await (await editor.Client.GetAsync($"/api/projects/{body.Id("project_id")}")).ReadJsonAsync();
        Assert.Equal("editor", copy["project"]!["role"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("tasks", "status", "bogus", "where one of todo")]
    [InlineData("decisions", "phase", "sideways", "where one of business")]
    [InlineData("deployments", "stage", "moon", "where one of development")]
    [InlineData("experiments", "status", "exploded", "where one of pending")]
    [InlineData("models", "name", "", "'name' must not be empty")]
    public async Task A_manifest_with_a_value_this_service_never_writes_is_refused(string list, string field, string value, string reason)
    {
        var (owner, project) = await FullProjectAsync();
        var archive = await ExportAsync(owner, project);
        var manifest = Manifest(archive);
        manifest[list]![0]![field] = value;

        await RefusedAsync(owner, Rewrite(archive, replace: ("manifest.json", manifest.ToJsonString())), reason);
    }

    [Fact]
    public async Task A_project_whose_soft_deleted_dataset_an_experiment_used_exports_and_imports()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        var uploaded = await owner.UploadAsync(project, "Gone soon");
        var experiment = await (await owner.Client.PostAsJsonAsync("/api/experiments", new { project_id = project, name = "Run", dataset_version_id = uploaded.Id("dataset_version_id") })).ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.DeleteAsync($"{await owner.SpacesPathAsync(project)}/datasets/Gone soon")).StatusCode);

        var archive = await ExportAsync(owner, project);
        var imported = await owner.Client.PostAsync("/api/projects/import", Archive(archive));

        var deleted = Assert.Single(Manifest(archive)["datasets"]!.AsArray())!;
        Assert.NotNull(deleted["deleted_at"]);
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var copy = (await imported.ReadJsonAsync()).Id("project_id");
        Assert.Equal(0, (await (await owner.Client.GetAsync($"/api/datasets?project_id={copy}")).ReadJsonAsync())["total"]!.GetValue<int>());
        var run = Assert.Single((await (await owner.Client.GetAsync($"/api/experiments?project_id={copy}")).ReadJsonAsync())["items"]!.AsArray())!;
        Assert.NotEqual(experiment["dataset_version_id"]!.GetValue<string>(), run["dataset_version_id"]!.GetValue<string>());
        Assert.NotNull(run["dataset_id"]);
        var again = Manifest(await ExportAsync(owner, copy));
        Assert.NotNull(Assert.Single(again["datasets"]!.AsArray())!["deleted_at"]);
    }

    public static TheoryData<string, string> HostileManifests => new()
    {
        { "member-twice", "a member is listed twice" },
        { "collection-twice", "two collections of one dataset have the same name" },
        { "nul-description", "without NUL" },
        { "long-description", "at most 10,000 characters" },
        { "negative-records", "negative number of records" },
        { "path-name", "must not contain '/'" },
        { "event-type", "where one of project" },
        { "event-name", "longer than 254 characters" },
        { "nul-target-column", "'target_column'" },
        { "deep-metrics", "32 levels" },
        { "event-details", "details of the timeline event" },
    };

    [Theory]
    [MemberData(nameof(HostileManifests))]
    public async Task A_manifest_the_API_would_refuse_is_refused_and_leaves_nothing(string change, string reason)
    {
        var (owner, project) = await FullProjectAsync();
        var archive = await ExportAsync(owner, project);
        var manifest = Manifest(archive);
        var logged = manifest["datasets"]!.AsArray().Single(d => d!["name"]!.GetValue<string>() == "Logged")!;
        switch (change)
        {
            case "member-twice":
                var member = manifest["members"]![0]!.DeepClone();
                member["email"] = member["email"]!.GetValue<string>().ToUpperInvariant();
                manifest["members"]!.AsArray().Add(member);
                break;
            case "collection-twice":
                var collection = manifest["collections"]![0]!.DeepClone();
                collection["id"] = Guid.NewGuid().ToString();
                manifest["collections"]!.AsArray().Add(collection);
                break;
            case "nul-description":
                logged["description"] = "before\0after";
                break;
            case "long-description":
                logged["description"] = new string('d', 200_000);
                break;
            case "negative-records":
                logged["records"] = -5;
                break;
            case "path-name":
                logged["name"] = "x/y";
                break;
            case "event-type":
                manifest["timeline"]![0]!["type"] = "hacked";
                break;
            case "event-name":
                manifest["timeline"]![0]!["name"] = new string('n', 100_000);
                break;
            case "nul-target-column":
                manifest["experiments"]![0]!["target_column"] = "y\0";
                break;
            case "deep-metrics":
                manifest["experiments"]![0]!["metrics"] = JsonNode.Parse(string.Concat(Enumerable.Repeat("""{"a":""", 33)) + "1" + new string('}', 33));
                break;
            case "event-details":
                manifest["timeline"]![0]!["details"] = JsonNode.Parse("""{"email":["not","text"]}""");
                break;
        }

        await RefusedAsync(owner, Rewrite(archive, replace: ("manifest.json", manifest.ToJsonString())), reason);
    }

    [Fact]
    public async Task Schema_and_statistics_come_from_the_files_not_from_the_manifest()
    {
        var (owner, project) = await FullProjectAsync();
        var archive = await ExportAsync(owner, project);
        var manifest = Manifest(archive);
        var version = manifest["datasets"]![0]!["versions"]![0]!;
        version["schema"] = JsonNode.Parse("""[1,"x",null]""");
        version["statistics"] = JsonNode.Parse("""{"columns":{}}""");
        version["row_count"] = 999;
        version["column_count"] = 1;
        version["format"] = "parquet";

        var imported = await owner.Client.PostAsync("/api/projects/import", Archive(Rewrite(archive, replace: ("manifest.json", manifest.ToJsonString()))));

        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var copy = (await imported.ReadJsonAsync()).Id("project_id");
        var dataset = (await (await owner.Client.GetAsync($"/api/datasets?project_id={copy}&sort_field=name&sort_direction=desc")).ReadJsonAsync())["items"]![0]!;
        Assert.Equal("Transactions Q4", dataset["name"]!.GetValue<string>());
        var id = dataset["id"]!.GetValue<string>();
        var columns = (await (await owner.Client.GetAsync($"/api/datasets/{id}/columns")).ReadJsonAsync())["columns"]!.AsArray();
        Assert.Equal(["amount", "merchant", "is_fraud", "day"], columns.Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal(4, dataset["rows"]!.GetValue<int>());
        Assert.Equal(4, (await (await owner.Client.GetAsync($"/api/datasets/{id}/analyze")).ReadJsonAsync())["statistics"]!["row_count"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.GetAsync($"/api/datasets/{id}/download?format=xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.GetAsync($"/api/datasets/{id}/download?format=parquet")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.GetAsync($"/api/datasets/{id}/download")).StatusCode);
    }

    [Fact]
    public async Task A_manifest_with_a_missing_field_a_repeated_version_or_a_repeated_id_is_refused()
    {
        var (owner, project) = await FullProjectAsync();
        var archive = await ExportAsync(owner, project);
        byte[] With(Action<JsonNode> change)
        {
            var manifest = Manifest(archive);
            change(manifest);
            return Rewrite(archive, replace: ("manifest.json", manifest.ToJsonString()));
        }

        static JsonArray Versions(JsonNode manifest) => manifest["datasets"]!.AsArray().Single(d => d!["versions"]!.AsArray().Count > 0)!["versions"]!.AsArray();

        await RefusedAsync(owner, With(m => Versions(m)[0]!.AsObject().Remove("schema")), "manifest.json cannot be read");
        await RefusedAsync(owner, With(m => m["project"]!["name"] = null), "manifest.json cannot be read");
        await RefusedAsync(owner, With(m =>
        {
            var copy = Versions(m)[0]!.DeepClone();
            copy["id"] = Guid.NewGuid().ToString();
            Versions(m).Add(copy);
        }), "two versions with the same number");
        await RefusedAsync(owner, With(m => m["tasks"]![0]!["id"] = m["decisions"]![0]!["id"]!.DeepClone()), "the same id");
    }

    [Fact]
    public async Task Viewers_cannot_export()
    {
        var (owner, project) = await FullProjectAsync();
        var viewer = await app.RegisterAsync();
        await owner.AddMemberAsync(project, viewer, "viewer");

        await (await viewer.Client.GetAsync($"/api/projects/{project}/export")).AssertErrorAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_file_that_does_not_match_its_hash_is_refused()
    {
        var (owner, project) = await FullProjectAsync();
        var archive = await ExportAsync(owner, project);
        var path = Manifest(archive)["files"]![0]!["path"]!.GetValue<string>();
        var size = Manifest(archive)["files"]![0]!["size"]!.GetValue<int>();

        await RefusedAsync(owner, Rewrite(archive, replace: (path, new string('x', size))), "SHA-256");
    }

    [Fact]
    public async Task An_entry_outside_the_export_layout_is_refused()
    {
        var (owner, project) = await FullProjectAsync();
        var archive = await ExportAsync(owner, project);

        await RefusedAsync(owner, Rewrite(archive, add: ("../../escape.txt", "boo")), "escape.txt");
        await RefusedAsync(owner, Rewrite(archive, add: ("/etc/passwd", "boo")), "passwd");
        await RefusedAsync(owner, Rewrite(archive, add: ("artifacts/", "not a folder")), "artifacts/");
    }

    [Fact]
    public async Task An_export_zipped_again_with_its_folder_entry_is_imported()
    {
        var (owner, project) = await FullProjectAsync();
        var archive = await ExportAsync(owner, project);

        var imported = await owner.Client.PostAsync("/api/projects/import", Archive(Rewrite(archive, add: ("artifacts/", ""))));

        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
    }

    [Fact]
    public async Task A_missing_file_is_refused()
    {
        var (owner, project) = await FullProjectAsync();
        var archive = await ExportAsync(owner, project);
        var path = Manifest(archive)["files"]![0]!["path"]!.GetValue<string>();

        await RefusedAsync(owner, Rewrite(archive, remove: path), "missing");
    }

    [Fact]
    public async Task An_unknown_format_version_is_refused()
    {
        var (owner, project) = await FullProjectAsync();
        var archive = await ExportAsync(owner, project);
        var manifest = Manifest(archive);
        manifest["format_version"] = 99;

        await RefusedAsync(owner, Rewrite(archive, replace: ("manifest.json", manifest.ToJsonString())), "format version 99");
    }

    [Fact]
    public async Task A_file_that_expands_beyond_its_declared_size_is_refused()
    {
        var (owner, project) = await FullProjectAsync();
        var archive = await ExportAsync(owner, project);
        var path = Manifest(archive)["files"]![0]!["path"]!.GetValue<string>();

        // A bomb: a few kilobytes that inflate to 50 MB where the manifest declares a few hundred bytes.
        await RefusedAsync(owner, Rewrite(archive, replace: (path, new string('0', 50_000_000))), "expands beyond");
    }

    [Fact]
    public async Task Something_that_is_not_a_ZIP_is_refused_a_missing_file_field_is_400_and_a_JSON_body_415()
    {
        var owner = await app.RegisterAsync();

        await RefusedAsync(owner, Encoding.UTF8.GetBytes("not a zip"), "not a ZIP");
        var noFile = await owner.Client.PostAsync("/api/projects/import", Support.Datasets.Form([("x", "y")], null, null));
        Assert.Contains("file", await noFile.AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        var notAForm = await owner.Client.SendRawAsync(HttpMethod.Post, "/api/projects/import", "{}");
        Assert.Contains("multipart/form-data", await notAForm.AssertErrorAsync(HttpStatusCode.UnsupportedMediaType), StringComparison.Ordinal);
    }

    private async Task RefusedAsync(TestUser user, byte[] archive, string reason)
    {
        var projects = (await (await user.Client.GetAsync("/api/projects?status=all")).ReadJsonAsync())["total"]!.GetValue<int>();
        var files = app.ArtifactFiles().Count;

        var response = await user.Client.PostAsync("/api/projects/import", Archive(archive));

        Assert.Contains(reason, await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity), StringComparison.Ordinal);
        Assert.Equal(projects, (await (await user.Client.GetAsync("/api/projects?status=all")).ReadJsonAsync())["total"]!.GetValue<int>());
        Assert.Equal(files, app.ArtifactFiles().Count);
    }

    /// <summary>A project with a file-backed dataset, a logged dataset, an experiment, a model with a file, a deployment, a task, a decision and a collection.</summary>
    private async Task<(TestUser Owner, Guid Project)> FullProjectAsync()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        var uploaded = await owner.UploadAsync(project);
        await owner.Client.PostAsJsonAsync($"/projects/{project}/datasets", new
        {
            name = "Logged", source = "warehouse", description = "d", records = 10, acquisitionDate = "2026-03-01", phase = "data_understanding",
        });
        var experiment = await (await owner.Client.PostAsJsonAsync("/api/experiments", new
        {
            project_id = project, name = "Run", dataset_version_id = uploaded.Id("dataset_version_id"), metrics = new { auc = 0.9 },
        })).ReadJsonAsync();
        var form = Support.Datasets.Form([("experiment_id", experiment["id"]!.GetValue<string>()), ("name", "GBM"), ("algorithm", "GBM")], "model.bin", Encoding.UTF8.GetBytes($"model {Guid.NewGuid()}"));
        var model = await (await owner.Client.PostAsync("/api/models", form)).ReadJsonAsync();
        await owner.Client.PostAsJsonAsync("/api/deployments", new { model_id = model.Id("id"), name = "prod", stage = "production", is_active = true });
        await owner.Client.PostAsJsonAsync($"/projects/{project}/tasks", new { name = "Collect data" });
        await owner.Client.PostAsJsonAsync($"/projects/{project}/decisions", new { title = "Use GBM", description = "d", rationale = "r", phase = "evaluation", decisionDate = "2026-03-06" });
        var slug = (await (await owner.Client.GetAsync($"/api/projects/{project}")).ReadJsonAsync())["project"]!["slug"]!.GetValue<string>();
        await owner.Client.PostAsJsonAsync($"/namespaces/{owner.Namespace}/projects/{slug}/datasets/Logged/collections", new { name = "picks", members = new[] { uploaded["dataset_version_id"]!.GetValue<string>(), "other" } });
        return (owner, project);
    }

    private static async Task<byte[]> ExportAsync(TestUser user, Guid project)
    {
        var response = await user.Client.GetAsync($"/api/projects/{project}/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static MultipartFormDataContent Archive(byte[] zip) => Support.Datasets.Form([], "project.zip", zip);

    private static JsonNode Manifest(byte[] archive)
    {
        using var zip = new ZipArchive(new MemoryStream(archive));
        return JsonNode.Parse(zip.GetEntry("manifest.json")!.Open())!;
    }

    /// <summary>
    /// The manifest without timestamps and with every id replaced by the order of its first
    /// appearance, so two exports compare equal exactly when they hold the same records linked the same way.
    /// </summary>
    private static string Normalized(JsonNode manifest)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        string Placeholder(Match id) => ids.TryGetValue(id.Value, out var seen) ? seen : ids[id.Value] = $"<id {ids.Count}>";

        JsonNode? Strip(JsonNode? node) => node switch
        {
            JsonObject o => new JsonObject(o.Where(p => !p.Key.EndsWith("_at", StringComparison.Ordinal) && p.Key != "timestamp")
                .Select(p => KeyValuePair.Create(p.Key, Strip(p.Value)))),
            JsonArray a => new JsonArray(a.Select(Strip).ToArray()),
            JsonValue v when v.TryGetValue<string>(out var s) => JsonValue.Create(Guids().Replace(s, Placeholder)),
            _ => node?.DeepClone(),
        };

        return Strip(manifest)!.ToJsonString();
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guids();

    private static byte[] Rewrite(byte[] archive, (string Path, string Content)? replace = null, (string Path, string Content)? add = null, string? remove = null)
    {
        using var source = new ZipArchive(new MemoryStream(archive));
        var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.Where(e => e.FullName != remove))
            {
                using var stream = target.CreateEntry(entry.FullName).Open();
                if (replace is { } r && r.Path == entry.FullName)
                {
                    stream.Write(Encoding.UTF8.GetBytes(r.Content));
                }
                else
                {
                    entry.Open().CopyTo(stream);
                }
            }

            if (add is { } a)
            {
                using var stream = target.CreateEntry(a.Path).Open();
                stream.Write(Encoding.UTF8.GetBytes(a.Content));
            }
        }

        return output.ToArray();
    }
}

public sealed class ExportImportTestsOnSqlite(SqliteApp app) : ExportImportTests<SqliteApp>(app);

public sealed class ExportImportTestsOnPostgres(PostgresApp app) : ExportImportTests<PostgresApp>(app);
