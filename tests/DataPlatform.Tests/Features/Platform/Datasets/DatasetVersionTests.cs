using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Features.Platform.Datasets;

/// <summary>New versions, their numbering under concurrency, comparison and deletion.</summary>
public abstract class DatasetVersionTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TestApp
{
    private readonly TestApp app = app.RequireDatabase();

    [Fact]
    public async Task A_new_version_answers_201_with_its_number_and_shape_and_is_a_timeline_event()
    {
        var (owner, project, dataset) = await UploadAsync();

        var response = await owner.Client.PostVersionAsync(dataset, "amount,merchant\n1,a\n2,b\n3,c\n", "Added January transactions");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(1, body["version"]!.GetValue<int>());
        Assert.Equal(3, body["row_count"]!.GetValue<int>());
        Assert.Equal(2, body["column_count"]!.GetValue<int>());
        Assert.Equal($"/api/dataset-versions/{body["dataset_version_id"]}", response.Headers.Location?.OriginalString);
        Assert.Equal(100, body["quality"]!["overall_score"]!.GetValue<double>());
        var timeline = await (await owner.Client.GetAsync($"/api/projects/{project}/timeline")).ReadJsonAsync();
        var added = Assert.Single(timeline["events"]!.AsArray(), e => e!["action"]!.GetValue<string>() == "version_added")!;
        Assert.Equal(1, added["version"]!.GetValue<int>());
        Assert.Equal(3, added["rows"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_refused_version_uses_no_number_and_leaves_no_file()
    {
        var (owner, _, dataset) = await UploadAsync();
        var files = app.ArtifactFiles().Count;

        var bad = await owner.Client.PostVersionAsync(dataset, "a,b\n1,2\n3\n");

        Assert.Contains("Line 3: the line has 1 field where the header has 2.", await bad.AssertErrorAsync(HttpStatusCode.UnprocessableEntity), StringComparison.Ordinal);
        Assert.Equal(files, app.ArtifactFiles().Count);
        var good = await owner.Client.PostVersionAsync(dataset, $"a,b\n1,{Guid.NewGuid():N}\n");
        Assert.Equal(1, (await good.ReadJsonAsync())["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_version_needs_a_description_a_file_and_an_editor()
    {
        var (owner, project, dataset) = await UploadAsync();
        var viewer = await app.RegisterAsync();
        await owner.AddMemberAsync(project, viewer, "viewer");
        var file = Encoding.UTF8.GetBytes("a\n1\n");

        var noDescription = await owner.Client.PostAsync($"/api/datasets/{dataset}/versions", Support.Datasets.Form([], "a.csv", file));
        var noFile = await owner.Client.PostAsync($"/api/datasets/{dataset}/versions", Support.Datasets.Form([("description", "x")], null, null));
        var asViewer = await viewer.Client.PostVersionAsync(dataset, "a\n1\n");
        var unknown = await owner.Client.PostVersionAsync(Guid.NewGuid(), "a\n1\n");

        Assert.Contains("description", await noDescription.AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("file", await noFile.AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        await asViewer.AssertErrorAsync(HttpStatusCode.Forbidden);
        await unknown.AssertErrorAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Concurrent_versions_get_unique_consecutive_numbers()
    {
        var (owner, _, dataset) = await UploadAsync();

        var responses = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => owner.Client.PostVersionAsync(dataset, $"n,tag\n{i},{Guid.NewGuid():N}\n", $"Upload {i}")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var numbers = await Task.WhenAll(responses.Select(async r => (await r.ReadJsonAsync())["version"]!.GetValue<int>()));
        Assert.Equal(Enumerable.Range(1, 8), numbers.Order());
        var versions = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/versions")).ReadJsonAsync();
        Assert.Equal(Enumerable.Range(0, 9), versions["items"]!.AsArray().Select(v => v!["version"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Compare_reports_schema_changes_and_drift_per_column()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        var first = new StringBuilder("amount,merchant,note,kept\n");
        var second = new StringBuilder("amount,merchant,extra,kept\n");
        for (var i = 0; i < 100; i++)
        {
            first.Append(i).Append(i % 2 == 0 ? ",ACME" : ",Luxury").Append(",x,").Append(i).Append('\n');
            second.Append(i + 50).Append(i % 2 == 0 ? ",ACME" : ",NewShop").Append(",1,").Append(i % 10 == 0 ? "" : $"{i}").Append('\n');
        }

        var dataset = (await owner.UploadAsync(project, "Drift", first.ToString())).Id("dataset_id");
        Assert.Equal(HttpStatusCode.Created, (await owner.Client.PostVersionAsync(dataset, second.Append("250,ACME,2,3\n").ToString())).StatusCode);

        var response = await owner.Client.GetAsync($"/api/datasets/{dataset}/compare?v1=0&v2=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        var summary = body["summary"]!;
        Assert.Equal(100, summary["v1_rows"]!.GetValue<int>());
        Assert.Equal(101, summary["v2_rows"]!.GetValue<int>());
        Assert.Equal(1, summary["rows_diff"]!.GetValue<int>());
        Assert.Equal(["extra"], summary["columns_added"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal(["note"], summary["columns_removed"]!.AsArray().Select(c => c!.GetValue<string>()));
        var typeChange = Assert.Single(summary["columns_type_changed"]!.AsArray())!;
        Assert.Equal("kept:int64:float64", $"{typeChange["column"]}:{typeChange["v1_type"]}:{typeChange["v2_type"]}");
        var amount = body["column_diffs"]!["amount"]!;
        Assert.Equal("numeric", amount["type"]!.GetValue<string>());
        Assert.Equal(49.5, amount["v1_mean"]!.GetValue<double>(), 9);
        Assert.Equal(((49.5 + 50) * 100 + 250) / 101, amount["v2_mean"]!.GetValue<double>(), 9);
        Assert.Equal("high", amount["shift_level"]!.GetValue<string>());
        Assert.True(amount["psi"]!.GetValue<double>() > 0.25);
        var kept = body["column_diffs"]!["kept"]!;
        Assert.Equal(0, kept["missing_v1"]!.GetValue<double>());
        Assert.Equal(Math.Round(1000.0 / 101, 6), kept["missing_v2"]!.GetValue<double>());
        var merchant = body["column_diffs"]!["merchant"]!;
        Assert.Equal("categorical", merchant["type"]!.GetValue<string>());
        Assert.Equal(["NewShop"], merchant["categories_added"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal(["Luxury"], merchant["categories_removed"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Null(body["column_diffs"]!["note"]);
        Assert.Equal("ks:true", $"{amount["test"]!["name"]}:{amount["test"]!["drifted"]}");
        Assert.True(amount["test"]!["p_value"]!.GetValue<double>() < 0.05);
        Assert.Equal("chi_square:true", $"{merchant["test"]!["name"]}:{merchant["test"]!["drifted"]}");
        Assert.Equal("ks:false", $"{kept["test"]!["name"]}:{kept["test"]!["drifted"]}");
        Assert.Equal(3, body["columns_tested"]!.GetValue<int>());
        Assert.Equal(2, body["drifted_columns"]!.GetValue<int>());
        Assert.Equal(2.0 / 3, body["share_drifted"]!.GetValue<double>(), 12);
        Assert.True(body["dataset_drift"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_version_compared_with_itself_has_no_drift()
    {
        var (owner, _, dataset) = await UploadAsync();

        var body = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/compare?v1=0&v2=0")).ReadJsonAsync();

        Assert.All(body["column_diffs"]!.AsObject(), column =>
        {
            Assert.Equal(0, column.Value!["psi"]!.GetValue<double>());
            Assert.Equal("low", column.Value["shift_level"]!.GetValue<string>());
            Assert.Equal(1, column.Value["test"]!["p_value"]!.GetValue<double>());
        });
        Assert.Equal(0, body["drifted_columns"]!.GetValue<int>());
        Assert.False(body["dataset_drift"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("v1=0&v2=3", 3)]
    [InlineData("v1=4&v2=0", 4)]
    [InlineData("v1=5&v2=5", 5)]
    public async Task A_version_the_dataset_does_not_have_is_404_naming_it(string query, long missing)
    {
        var (owner, _, dataset) = await UploadAsync();

        var error = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/compare?{query}")).AssertErrorAsync(HttpStatusCode.NotFound);

        Assert.Equal($"Dataset {dataset} has no version {missing}.", error);
    }

    [Theory]
    [InlineData("v1=0", "v2")]
    [InlineData("v2=0", "v1")]
    [InlineData("v1=-1&v2=0", "v1")]
    [InlineData("v1=a&v2=0", "v1")]
    public async Task Compare_needs_both_version_numbers(string query, string named)
    {
        var (owner, _, dataset) = await UploadAsync();

        var message = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/compare?{query}")).AssertErrorAsync(HttpStatusCode.BadRequest);

        Assert.Contains(named, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_with_a_version_that_does_not_exist_is_404()
    {
        var (owner, _, dataset) = await UploadAsync();

        var message = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/compare?v1=0&v2=3")).AssertErrorAsync(HttpStatusCode.NotFound);

        Assert.Contains("version 3", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_removes_the_dataset_its_versions_and_files_no_other_dataset_uses()
    {
        var (owner, project, dataset) = await UploadAsync();
        var only = $"id\n{Guid.NewGuid():N}\n";
        await owner.Client.PostVersionAsync(dataset, only);
        var shared = (await owner.UploadAsync(project, "Shares the first file")).Id("dataset_id");
        var version = (await (await owner.Client.GetAsync($"/api/datasets/{dataset}/versions")).ReadJsonAsync())["items"]![0]!.Id("id");

        var response = await owner.Client.DeleteAsync($"/api/datasets/{dataset}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.ReadJsonAsync())["ok"]!.GetValue<bool>());
        await (await owner.Client.GetAsync($"/api/datasets/{dataset}")).AssertErrorAsync(HttpStatusCode.NotFound);
        await (await owner.Client.GetAsync($"/api/dataset-versions/{version}")).AssertErrorAsync(HttpStatusCode.NotFound);
        Assert.False(File.Exists(app.ArtifactPath(Encoding.UTF8.GetBytes(only))));
        Assert.True(File.Exists(app.ArtifactPath(Encoding.UTF8.GetBytes(Support.Datasets.SampleCsv))));
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.GetAsync($"/api/datasets/{shared}/download")).StatusCode);
        var timeline = await (await owner.Client.GetAsync($"/api/projects/{project}/timeline")).ReadJsonAsync();
        Assert.Contains(timeline["events"]!.AsArray(), e => e!["action"]!.GetValue<string>() == "deleted" && e["type"]!.GetValue<string>() == "dataset");
    }

    [Fact]
    public async Task Only_the_creator_or_an_owner_deletes_a_dataset()
    {
        var (owner, project, dataset) = await UploadAsync();
        var viewer = await app.RegisterAsync();
        var editor = await app.RegisterAsync();
        await owner.AddMemberAsync(project, viewer, "viewer");
        await owner.AddMemberAsync(project, editor, "editor");
        var editors = (await editor.UploadAsync(project, "The editor's")).Id("dataset_id");
        var other = await app.RegisterAsync();
        await owner.AddMemberAsync(project, other, "editor");

        await (await viewer.Client.DeleteAsync($"/api/datasets/{dataset}")).AssertErrorAsync(HttpStatusCode.Forbidden);
        Assert.Contains("created", await (await other.Client.DeleteAsync($"/api/datasets/{editors}")).AssertErrorAsync(HttpStatusCode.Forbidden), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.GetAsync($"/api/datasets/{dataset}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.Client.DeleteAsync($"/api/datasets/{editors}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.DeleteAsync($"/api/datasets/{dataset}")).StatusCode);
    }

    [Fact]
    public async Task Deleting_a_project_removes_its_datasets_files()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        var csv = $"id\n{Guid.NewGuid():N}\n";
        await owner.UploadAsync(project, "Goes with the project", csv);

        Assert.Equal(HttpStatusCode.OK, (await owner.Client.DeleteAsync($"/api/projects/{project}")).StatusCode);

        Assert.False(File.Exists(app.ArtifactPath(Encoding.UTF8.GetBytes(csv))));
        var list = await (await owner.Client.GetAsync("/api/datasets")).ReadJsonAsync();
        Assert.DoesNotContain(list["items"]!.AsArray(), i => i!["name"]!.GetValue<string>() == "Goes with the project");
    }

    private async Task<(TestUser Owner, Guid Project, Guid Dataset)> UploadAsync()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        JsonNode uploaded = await owner.UploadAsync(project);
        return (owner, project, uploaded.Id("dataset_id"));
    }
}

public sealed class DatasetVersionTestsOnSqlite(SqliteApp app) : DatasetVersionTests<SqliteApp>(app);

public sealed class DatasetVersionTestsOnPostgres(PostgresApp app) : DatasetVersionTests<PostgresApp>(app);
