using System.Net;
using System.Text;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Features.Platform.Datasets;

public abstract class UploadDatasetTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TestApp
{
    private readonly TestApp app = app.RequireDatabase();

    [Fact]
    public async Task An_upload_answers_201_with_the_ids_and_the_quality_summary_and_keeps_the_file()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();

        var response = await owner.PostUploadAsync(project, "Transactions Q4", Support.Datasets.SampleCsv, "transactions.csv", "Credit card transactions");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(body["id"]!.GetValue<string>(), body["dataset_id"]!.GetValue<string>());
        Assert.Equal($"/api/datasets/{body["dataset_id"]}", response.Headers.Location?.OriginalString);
        body.Id("dataset_version_id");
        body.Id("artifact_id");
        var quality = body["quality"]!;
        Assert.InRange(quality["overall_score"]!.GetValue<double>(), 0, 100);
        // 1 of 4 amounts is missing (25% > 5%): the missing-values check fails and says so.
        Assert.Contains(quality["issues"]!.AsArray(), issue => issue!["name"]!.GetValue<string>() == "missing_values");
        Assert.Equal(Support.Datasets.SampleCsv, await File.ReadAllTextAsync(app.ArtifactPath(Encoding.UTF8.GetBytes(Support.Datasets.SampleCsv))));
    }

    [Fact]
    public async Task A_file_of_ten_thousand_columns_and_one_row_is_profiled_and_its_analysis_stays_small()
    {
        // The 79 KB file that once took the service down.
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        var csv = string.Join(",", Enumerable.Range(0, 10_000).Select(i => $"c{i}")) + "\n" + string.Join(",", Enumerable.Repeat("1", 10_000)) + "\n";

        var upload = await owner.PostUploadAsync(project, "Wide", csv, "wide.csv");
        var dataset = (await upload.ReadJsonAsync()).Id("dataset_id");
        var analyze = await owner.Client.GetAsync($"/api/datasets/{dataset}/analyze");
        var text = await analyze.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.Equal(HttpStatusCode.OK, analyze.StatusCode);
        Assert.InRange(text.Length, 1, 5_000_000);
        var statistics = System.Text.Json.Nodes.JsonNode.Parse(text)!["statistics"]!;
        Assert.Equal(10_000, statistics["columns"]!.AsObject().Count);
        Assert.Equal(100, statistics["correlations"]!.AsObject().Count);
        Assert.Equal(9_900, statistics["correlation_columns_omitted"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_same_bytes_are_stored_once()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        var csv = $"id,tag\n1,{Guid.NewGuid():N}\n";

        var first = await owner.UploadAsync(project, "First", csv);
        var second = await owner.UploadAsync(project, "Second", csv);

        Assert.Equal(first.Id("artifact_id"), second.Id("artifact_id"));
        Assert.NotEqual(first.Id("dataset_id"), second.Id("dataset_id"));
        var sha256 = Path.GetFileName(app.ArtifactPath(Encoding.UTF8.GetBytes(csv)));
        Assert.Single(app.ArtifactFiles(), path => Path.GetFileName(path) == sha256);
    }

    [Fact]
    public async Task A_Parquet_file_is_profiled_with_its_declared_types()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        var parquet = await ParquetSample.BytesAsync();

        var response = await owner.PostUploadAsync(project, "Parquet", parquet, "kinds.parquet");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var dataset = (await response.ReadJsonAsync()).Id("dataset_id");
        var columns = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/columns")).ReadJsonAsync();
        Assert.Equal(
            ["count:int64", "price:float64", "label:category"],
            columns["columns"]!.AsArray().Select(c => $"{c!["name"]}:{c["dtype"]}"));
    }

    [Fact]
    public async Task A_malformed_file_is_refused_with_422_naming_the_row_and_nothing_is_kept()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        var before = app.ArtifactFiles().Count;

        var response = await owner.PostUploadAsync(project, "Broken", "a,b\n1,2\n3,x\0y\n");

        var message = await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Line 3, column 'b'", message, StringComparison.Ordinal);
        Assert.Contains("'b'", message, StringComparison.Ordinal);
        var list = await (await owner.Client.GetAsync($"/api/datasets?project_id={project}")).ReadJsonAsync();
        Assert.Equal(0, list["total"]!.GetValue<int>());
        Assert.Equal(before, app.ArtifactFiles().Count);
        var timeline = await (await owner.Client.GetAsync($"/api/projects/{project}/timeline")).ReadJsonAsync();
        Assert.DoesNotContain(timeline["events"]!.AsArray(), e => e!["type"]!.GetValue<string>() == "dataset");
    }

    [Theory]
    [InlineData("a,b\n1,2\n3,\"four\n", "quot")]
    [InlineData("a,b,c\n1,2,3\n4,5\n", "fields")]
    [InlineData("", "empty")]
    public async Task Other_unreadable_files_are_refused_with_422_saying_why(string csv, string reason)
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();

        var response = await owner.PostUploadAsync(project, "Broken", csv);

        var message = await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(reason, message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_spreadsheet_is_refused_with_a_hint_to_save_it_as_CSV()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();

        var response = await owner.PostUploadAsync(project, "Sheet", [.. "PK\u0003\u0004"u8, .. new byte[64]], "book.xlsx");

        var message = await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("CSV", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_already_used_in_the_project_is_a_409_and_nothing_is_kept()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        await owner.UploadAsync(project, "Transactions");
        var files = app.ArtifactFiles().Count;

        var response = await owner.PostUploadAsync(project, "  Transactions ", $"other\n{Guid.NewGuid():N}\n");

        await response.AssertErrorAsync(HttpStatusCode.Conflict);
        Assert.Equal(files, app.ArtifactFiles().Count);
    }

    [Fact]
    public async Task Viewers_and_strangers_cannot_upload_and_an_unknown_project_is_404()
    {
        var owner = await app.RegisterAsync();
        var viewer = await app.RegisterAsync();
        var stranger = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        await owner.AddMemberAsync(project, viewer, "viewer");

        await (await viewer.PostUploadAsync(project, "Nope", Support.Datasets.SampleCsv)).AssertErrorAsync(HttpStatusCode.Forbidden);
        await (await stranger.PostUploadAsync(project, "Nope", Support.Datasets.SampleCsv)).AssertErrorAsync(HttpStatusCode.Forbidden);
        await (await owner.PostUploadAsync(Guid.NewGuid(), "Nope", Support.Datasets.SampleCsv)).AssertErrorAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Missing_or_invalid_form_fields_are_400()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        var file = Encoding.UTF8.GetBytes(Support.Datasets.SampleCsv);

        var noFile = await owner.Client.PostAsync("/api/datasets/upload", Support.Datasets.Form([("project_id", project.ToString()), ("name", "x")], null, null));
        var noName = await owner.Client.PostAsync("/api/datasets/upload", Support.Datasets.Form([("project_id", project.ToString())], "a.csv", file));
        var noProject = await owner.Client.PostAsync("/api/datasets/upload", Support.Datasets.Form([("name", "x")], "a.csv", file));
        var badProject = await owner.Client.PostAsync("/api/datasets/upload", Support.Datasets.Form([("project_id", "42"), ("name", "x")], "a.csv", file));
        var controlName = await owner.PostUploadAsync(project, "bad\u0007name", Support.Datasets.SampleCsv);

        Assert.Contains("file", await noFile.AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("name", await noName.AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("project_id", await noProject.AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("UUID", await badProject.AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        await controlName.AssertErrorAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("")]
    [InlineData("--b\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nx")]
    [InlineData("--b\r\nnot a header line\r\n\r\nx\r\n--b--\r\n")]
    public async Task A_malformed_multipart_body_is_400(string body)
    {
        var owner = await app.RegisterAsync();

        var response = await owner.Client.PostRawMultipartAsync("/api/datasets/upload", body);

        Assert.Contains("malformed", await response.AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_cut_short_is_400_and_leaves_nothing()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        var files = app.ArtifactFiles().Count;
        var body = $"--b\r\nContent-Disposition: form-data; name=\"project_id\"\r\n\r\n{project}\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nCut\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\na,b\n1,2\n";

        var response = await owner.Client.PostRawMultipartAsync("/api/datasets/upload", body);

        await response.AssertErrorAsync(HttpStatusCode.BadRequest);
        Assert.Equal(files, app.ArtifactFiles().Count);
    }

    [Fact]
    public async Task Two_file_parts_are_400_and_leave_nothing()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        var files = app.ArtifactFiles().Count;
        var body = $"--b\r\nContent-Disposition: form-data; name=\"project_id\"\r\n\r\n{project}\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nTwice\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\na,b\n1,2\n\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.csv\"\r\n\r\nc,d\n3,4\n\r\n--b--\r\n";

        var response = await owner.Client.PostRawMultipartAsync("/api/datasets/upload", body);

        Assert.Equal("The form has more than one file; send exactly one, in 'file'.", await response.AssertErrorAsync(HttpStatusCode.BadRequest));
        Assert.Equal(files, app.ArtifactFiles().Count);
        Assert.Equal(0, (await (await owner.Client.GetAsync($"/api/datasets?project_id={project}")).ReadJsonAsync())["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_file_sent_before_the_fields_is_400_saying_the_fields_go_first()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        var body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\na,b\n1,2\n\r\n"
            + $"--b\r\nContent-Disposition: form-data; name=\"project_id\"\r\n\r\n{project}\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nEarly\r\n--b--\r\n";

        var response = await owner.Client.PostRawMultipartAsync("/api/datasets/upload", body);

        Assert.Equal("'project_id' is required, before the file: send the text fields first and 'file' last.", await response.AssertErrorAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_field_after_the_file_is_400_saying_the_file_goes_last()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        var body = $"--b\r\nContent-Disposition: form-data; name=\"project_id\"\r\n\r\n{project}\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nLate\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\na,b\n1,2\n\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\nToo late\r\n--b--\r\n";

        var response = await owner.Client.PostRawMultipartAsync("/api/datasets/upload", body);

        Assert.Equal("The form field 'description' comes after the file; send the file as the last part.", await response.AssertErrorAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_file_whose_name_says_another_format_than_its_bytes_is_422()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();

        var csvAsParquet = await owner.PostUploadAsync(project, "Misnamed", "a,b\n1,2\n", "data.parquet");
        var parquetAsCsv = await owner.PostUploadAsync(project, "Misnamed too", await ParquetSample.BytesAsync(), "data.csv");
        var parquetWithoutExtension = await owner.PostUploadAsync(project, "Unnamed", await ParquetSample.BytesAsync(), "export");

        Assert.Contains("is named .parquet but is not a Parquet file", await csvAsParquet.AssertErrorAsync(HttpStatusCode.UnprocessableEntity), StringComparison.Ordinal);
        Assert.Contains("is named .csv but is a Parquet file", await parquetAsCsv.AssertErrorAsync(HttpStatusCode.UnprocessableEntity), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, parquetWithoutExtension.StatusCode);
    }

    [Fact]
    public async Task A_field_sent_twice_is_400()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();

        var response = await owner.Client.PostAsync(
            "/api/datasets/upload",
            Support.Datasets.Form([("project_id", project.ToString()), ("name", "a"), ("name", "b")], "a.csv", Encoding.UTF8.GetBytes("x\n1\n")));

        Assert.Contains("'name' appears more than once", await response.AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_multipart_is_415()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();

        var response = await owner.Client.SendRawAsync(HttpMethod.Post, "/api/datasets/upload", $"{{\"project_id\":\"{project}\",\"name\":\"x\"}}");

        Assert.Contains("multipart/form-data", await response.AssertErrorAsync(HttpStatusCode.UnsupportedMediaType), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_sent_chunked_is_stored_like_any_other()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        var csv = Encoding.UTF8.GetBytes($"id,tag\n1,{Guid.NewGuid():N}\n");

        var response = await owner.Client.PostAsync(
            "/api/datasets/upload",
            Support.Datasets.Form([("project_id", project.ToString()), ("name", "Chunked")], "c.csv", csv, chunked: true));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(File.Exists(app.ArtifactPath(csv)));
    }

    [Fact]
    public async Task Uploads_count_in_the_project_and_appear_in_its_timeline()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();

        var uploaded = await owner.UploadAsync(project, "Transactions Q4");

        var detail = await (await owner.Client.GetAsync($"/api/projects/{project}")).ReadJsonAsync();
        Assert.Equal(1, detail["project"]!["dataset_count"]!.GetValue<int>());
        var timeline = await (await owner.Client.GetAsync($"/api/projects/{project}/timeline")).ReadJsonAsync();
        var upload = Assert.Single(timeline["events"]!.AsArray(), e => e!["type"]!.GetValue<string>() == "dataset")!;
        Assert.Equal("uploaded", upload["action"]!.GetValue<string>());
        Assert.Equal("Transactions Q4", upload["name"]!.GetValue<string>());
        Assert.Equal(uploaded.Id("dataset_id"), upload.Id("dataset_id"));
        Assert.Equal(0, upload["version"]!.GetValue<int>());
        Assert.Equal(4, upload["rows"]!.GetValue<int>());
        Assert.Equal(4, upload["columns"]!.GetValue<int>());
    }
}

public sealed class UploadDatasetTestsOnSqlite(SqliteApp app) : UploadDatasetTests<SqliteApp>(app);

public sealed class UploadDatasetTestsOnPostgres(PostgresApp app) : UploadDatasetTests<PostgresApp>(app);
