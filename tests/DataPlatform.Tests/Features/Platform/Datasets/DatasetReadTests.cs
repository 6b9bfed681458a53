using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Features.Platform.Datasets;

/// <summary>List, detail with preview, columns, analyze, quality, lineage and versions, as the seed shows them.</summary>
public abstract class DatasetReadTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TestApp
{
    private readonly TestApp app = app.RequireDatabase();

    [Fact]
    public async Task The_list_filters_by_project_searches_sorts_and_pages()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync("Fraud Detection v2");
        var other = await owner.CreateProjectAsync("Other");
        await owner.UploadAsync(project, "Transactions Q4");
        await owner.UploadAsync(project, "Customers", "id\n1\n2\n3\n4\n5\n6\n");
        await owner.UploadAsync(other, "Elsewhere", "id\n1\n");

        var inProject = await Get(owner, $"/api/datasets?project_id={project}&sort_field=rows&sort_direction=asc");
        var everywhere = await Get(owner, "/api/datasets?sort_field=name&sort_direction=asc&limit=2&offset=1");
        var search = await Get(owner, "/api/datasets?search=TRANSACTIONS");

        Assert.Equal(2, inProject["total"]!.GetValue<int>());
        Assert.Equal(["Transactions Q4", "Customers"], Names(inProject));
        var first = inProject["items"]![0]!;
        Assert.Equal("Fraud Detection v2", first["project_name"]!.GetValue<string>());
        Assert.Equal(project, first.Id("project_id"));
        Assert.Equal(4, first["rows"]!.GetValue<int>());
        Assert.Equal(4, first["columns"]!.GetValue<int>());
        first.Id("dataset_version_id");
        Assert.Equal(3, everywhere["total"]!.GetValue<int>());
        Assert.Equal(2, everywhere["limit"]!.GetValue<int>());
        Assert.Equal(1, everywhere["offset"]!.GetValue<int>());
        Assert.Equal(["Elsewhere", "Transactions Q4"], Names(everywhere));
        Assert.Equal(["Transactions Q4"], Names(search));
    }

    [Fact]
    public async Task The_list_shows_only_the_callers_projects_and_refuses_a_project_they_are_not_in()
    {
        var owner = await app.RegisterAsync();
        var stranger = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        await owner.UploadAsync(project);

        var theirs = await Get(stranger, "/api/datasets");
        var filtered = await stranger.Client.GetAsync($"/api/datasets?project_id={project}");

        Assert.Equal(0, theirs["total"]!.GetValue<int>());
        await filtered.AssertErrorAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=501")]
    [InlineData("offset=-1")]
    [InlineData("sort_field=size")]
    [InlineData("sort_direction=up")]
    [InlineData("limit=ten")]
    public async Task List_parameters_out_of_range_are_400(string query)
    {
        var owner = await app.RegisterAsync();

        await (await owner.Client.GetAsync($"/api/datasets?{query}")).AssertErrorAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_detail_has_the_newest_version_and_a_typed_preview_of_20_rows()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        var csv = new StringBuilder("amount,merchant,is_fraud\n");
        for (var i = 0; i < 25; i++)
        {
            csv.Append(i == 1 ? "" : $"{i}.5").Append(",Shop ").Append(i).Append(',').Append(i % 2).Append('\n');
        }

        var uploaded = await owner.UploadAsync(project, "Preview", csv.ToString());

        var detail = await Get(owner, $"/api/datasets/{uploaded.Id("dataset_id")}");
        var dataset = detail["dataset"]!;
        Assert.Equal("Preview", dataset["name"]!.GetValue<string>());
        Assert.Equal(25, dataset["rows"]!.GetValue<int>());
        Assert.Equal(3, dataset["columns"]!.GetValue<int>());
        Assert.Equal(uploaded.Id("dataset_version_id"), dataset.Id("dataset_version_id"));
        Assert.Equal(uploaded.Id("artifact_id"), dataset.Id("artifact_id"));
        var preview = detail["preview"]!.AsArray();
        Assert.Equal(20, preview.Count);
        Assert.Equal(0.5, preview[0]!["amount"]!.GetValue<double>());
        Assert.Null(preview[1]!["amount"]);
        Assert.Equal("Shop 2", preview[2]!["merchant"]!.GetValue<string>());
        Assert.Equal(1, preview[3]!["is_fraud"]!.GetValue<long>());
        Assert.Null(detail["preview_error"]);
    }

    [Fact]
    public async Task Columns_analyze_quality_and_lineage_come_from_the_stored_profile()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        var dataset = (await owner.UploadAsync(project)).Id("dataset_id");

        var columns = await Get(owner, $"/api/datasets/{dataset}/columns");
        var analyze = await Get(owner, $"/api/datasets/{dataset}/analyze");
        var quality = await Get(owner, $"/api/datasets/{dataset}/quality");
        var lineage = await Get(owner, $"/api/datasets/{dataset}/lineage");

        Assert.Equal(
            ["amount:float64", "merchant:object", "is_fraud:int64", "day:datetime64"],
            columns["columns"]!.AsArray().Select(c => $"{c!["name"]}:{c["dtype"]}"));
        var statistics = analyze["statistics"]!;
        Assert.Null(analyze["error"]);
        Assert.Contains(analyze["alerts"]!.AsArray(), a => a!["kind"]!.GetValue<string>() == "high_missing" && a["columns"]![0]!.GetValue<string>() == "amount");
        Assert.Equal(4, statistics["row_count"]!.GetValue<int>());
        Assert.Equal(0, statistics["duplicate_rows"]!.GetValue<int>());
        var amount = statistics["columns"]!["amount"]!;
        Assert.Equal(1, amount["missing"]!.GetValue<int>());
        Assert.Equal(25, amount["missing_percent"]!.GetValue<double>());
        Assert.Equal((29.99 + 1250 + 15.5) / 3, amount["mean"]!.GetValue<double>(), 9);
        Assert.Equal(2, statistics["columns"]!["merchant"]!["top_values"]!["ACME Corp"]!.GetValue<int>());
        Assert.Equal(1.0, statistics["correlations"]!["amount"]!["amount"]!.GetValue<double>());
        var report = quality["quality"]!;
        Assert.InRange(report["overall_score"]!.GetValue<double>(), 0, 100);
        Assert.Contains(report["checks"]!.AsArray(), c => c!["name"]!.GetValue<string>() == "duplicate_rows" && c["passed"]!.GetValue<bool>());
        Assert.Contains(report["checks"]!.AsArray(), c => c!["name"]!.GetValue<string>() == "missing_values" && !c["passed"]!.GetValue<bool>());
        Assert.Contains("missing", report["formula"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(lineage["experiments"]!.AsArray());
        Assert.Empty(lineage["models"]!.AsArray());
        Assert.Empty(lineage["deployments"]!.AsArray());
    }

    [Fact]
    public async Task The_preview_keeps_dates_as_dates_zones_as_Z_and_booleans_as_JSON()
    {
        var owner = await app.RegisterAsync();
        var dataset = (await owner.UploadAsync(await owner.CreateProjectAsync(), "Times", "day,at,flag\n2026-01-02,2026-01-02T19:11:25Z,true\n2026-01-03,2026-01-03T08:00:00+01:00,false\n2026-01-04,2026-01-04T08:00:00Z,true\n")).Id("dataset_id");

        var detail = await (await owner.Client.GetAsync($"/api/datasets/{dataset}")).ReadJsonAsync();
        var analyze = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/analyze")).ReadJsonAsync();

        var first = detail["preview"]![0]!;
        Assert.Equal("2026-01-02", first["day"]!.GetValue<string>());
        Assert.Equal("2026-01-02T19:11:25Z", first["at"]!.GetValue<string>());
        Assert.Equal("2026-01-03T07:00:00Z", detail["preview"]![1]!["at"]!.GetValue<string>());
        Assert.True(first["flag"]!.GetValue<bool>());
        Assert.Equal(["true", "false"], analyze["statistics"]!["columns"]!["flag"]!["top_values"]!.AsObject().Select(kv => kv.Key));
    }

    [Fact]
    public async Task A_Windows_1252_file_without_a_header_is_detected_reported_and_read_back_the_same_way()
    {
        var owner = await app.RegisterAsync();
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var response = await owner.PostUploadAsync(await owner.CreateProjectAsync(), "Kunden", windows1252.GetBytes("1;Müller;12,5\n2;José;7\n3;Müller;3\n"));
        var dataset = (await response.ReadJsonAsync()).Id("dataset_id");
        await owner.Client.PostVersionAsync(dataset, "name,n\nann,1\n");

        var detail = await Get(owner, $"/api/datasets/{dataset}");
        var first = await Get(owner, $"/api/datasets/{dataset}/columns?version=0");
        var download = await owner.Client.GetByteArrayAsync($"/api/datasets/{dataset}/download?version=0&format=csv&excel_safe=true");
        var original = await owner.Client.GetByteArrayAsync($"/api/datasets/{dataset}/download?version=0");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("""{"encoding":"utf-8","separator":",","header_row":true}""", detail["dataset"]!["csv"]!.ToJsonString());
        Assert.Equal(["0", "1", "2"], first["columns"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal("1,Müller,\"12,5\"\r\n2,José,7\r\n3,Müller,3\r\n", Encoding.UTF8.GetString(download));
        Assert.Equal(windows1252.GetBytes("1;Müller;12,5\n2;José;7\n3;Müller;3\n"), original);
    }

    [Fact]
    public async Task The_detail_reports_how_the_newest_CSV_was_read_and_its_preview_keeps_the_letters()
    {
        var owner = await app.RegisterAsync();
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var dataset = (await (await owner.PostUploadAsync(await owner.CreateProjectAsync(), "Kunden", windows1252.GetBytes("1;Müller\n2;José\n"))).ReadJsonAsync()).Id("dataset_id");

        var detail = await Get(owner, $"/api/datasets/{dataset}");

        Assert.Equal("""{"encoding":"windows-1252","separator":";","header_row":false}""", detail["dataset"]!["csv"]!.ToJsonString());
        Assert.Equal("""[{"0":1,"1":"Müller"},{"0":2,"1":"José"}]""", detail["preview"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public async Task Analyze_quality_columns_and_download_answer_for_the_version_asked()
    {
        var owner = await app.RegisterAsync();
        var dataset = (await owner.UploadAsync(await owner.CreateProjectAsync(), "Versioned", "a,b\n1,x\n2,y\n")).Id("dataset_id");
        await owner.Client.PostVersionAsync(dataset, "a,b,c\n1,x,true\n2,y,false\n3,z,true\n");

        var first = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/analyze?version=0")).ReadJsonAsync();
        var newest = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/analyze")).ReadJsonAsync();
        var columns = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/columns?version=0")).ReadJsonAsync();
        var quality = await owner.Client.GetAsync($"/api/datasets/{dataset}/quality?version=1");
        var download = await owner.Client.GetStringAsync($"/api/datasets/{dataset}/download?version=0");

        Assert.Equal(2, first["statistics"]!["row_count"]!.GetValue<int>());
        Assert.Equal(3, newest["statistics"]!["row_count"]!.GetValue<int>());
        Assert.Equal(["a", "b"], columns["columns"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, quality.StatusCode);
        Assert.Equal("a,b\n1,x\n2,y\n", download.ReplaceLineEndings("\n"));
        foreach (var route in new[] { "analyze", "quality", "columns", "download" })
        {
            Assert.Contains("has no version 7", await (await owner.Client.GetAsync($"/api/datasets/{dataset}/{route}?version=7")).AssertErrorAsync(HttpStatusCode.NotFound), StringComparison.Ordinal);
            Assert.Contains("'version'", await (await owner.Client.GetAsync($"/api/datasets/{dataset}/{route}?version=-1")).AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Versions_are_listed_by_number_and_each_can_be_read_by_id()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        var uploaded = await owner.UploadAsync(project);
        var dataset = uploaded.Id("dataset_id");
        var added = await owner.Client.PostVersionAsync(dataset, "amount,merchant\n1,a\n2,b\n3,c\n", "Added January transactions");
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);

        var versions = await Get(owner, $"/api/datasets/{dataset}/versions");
        var paged = await Get(owner, $"/api/datasets/{dataset}/versions?limit=1&offset=1");
        var first = await Get(owner, $"/api/dataset-versions/{uploaded.Id("dataset_version_id")}");

        Assert.Equal(2, versions["total"]!.GetValue<int>());
        var items = versions["items"]!.AsArray();
        Assert.Equal([0, 1], items.Select(v => v!["version"]!.GetValue<int>()));
        Assert.Equal("Initial upload", items[0]!["description"]!.GetValue<string>());
        Assert.Equal("Added January transactions", items[1]!["description"]!.GetValue<string>());
        Assert.Equal(3, items[1]!["row_count"]!.GetValue<int>());
        Assert.Equal(2, items[1]!["column_count"]!.GetValue<int>());
        Assert.Equal("Test User", items[1]!["created_by_name"]!.GetValue<string>());
        Assert.Equal(1, Assert.Single(paged["items"]!.AsArray())!["version"]!.GetValue<int>());
        Assert.Equal(dataset, first.Id("dataset_id"));
        Assert.Equal(0, first["version"]!.GetValue<int>());
        Assert.Equal(4, first["row_count"]!.GetValue<int>());
        Assert.Equal("amount", first["columns"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("float64", first["columns"]![0]!["dtype"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_datasets_and_versions_are_404_and_other_projects_datasets_403()
    {
        var owner = await app.RegisterAsync();
        var stranger = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        var uploaded = await owner.UploadAsync(project);

        await (await owner.Client.GetAsync($"/api/datasets/{Guid.NewGuid()}")).AssertErrorAsync(HttpStatusCode.NotFound);
        await (await owner.Client.GetAsync($"/api/dataset-versions/{Guid.NewGuid()}")).AssertErrorAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.GetAsync($"/api/datasets/{uploaded.Id("dataset_id")}")).AssertErrorAsync(HttpStatusCode.Forbidden);
        await (await stranger.Client.GetAsync($"/api/dataset-versions/{uploaded.Id("dataset_version_id")}")).AssertErrorAsync(HttpStatusCode.Forbidden);
    }

    private static IEnumerable<string> Names(JsonNode list) => list["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>());

    private static async Task<JsonNode> Get(TestUser user, string path)
    {
        var response = await user.Client.GetAsync(path);
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
        return body;
    }
}

public sealed class DatasetReadTestsOnSqlite(SqliteApp app) : DatasetReadTests<SqliteApp>(app);

public sealed class DatasetReadTestsOnPostgres(PostgresApp app) : DatasetReadTests<PostgresApp>(app);
