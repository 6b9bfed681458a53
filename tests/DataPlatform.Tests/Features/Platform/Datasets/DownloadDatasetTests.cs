using System.IO.Compression;
using System.Net;
using System.Text;
using DataPlatform.Profiling;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Features.Platform.Datasets;

public abstract class DownloadDatasetTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TestApp
{
    private const string Risky = "id;formula;signed\n1;\"=HYPERLINK(\"\"http://evil\"\")\";-5\n2;@SUM(A1);+3.5\n";

    private readonly TestApp app = app.RequireDatabase();

    [Fact]
    public async Task A_CSV_download_of_a_CSV_upload_is_the_same_bytes_with_a_file_name()
    {
        var (owner, dataset) = await UploadAsync(Risky);

        var response = await owner.Client.GetAsync($"/api/datasets/{dataset}/download");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("risky-data-v0.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(Risky, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Excel_safe_CSV_prefixes_formula_text_and_leaves_numbers_alone()
    {
        var (owner, dataset) = await UploadAsync(Risky);

        var response = await owner.Client.GetAsync($"/api/datasets/{dataset}/download?format=csv&excel_safe=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "id,formula,signed\r\n1,\"'=HYPERLINK(\"\"http://evil\"\")\",-5\r\n2,\"'@SUM(A1)\",+3.5\r\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_XLSX_download_has_values_and_never_formulas()
    {
        var (owner, dataset) = await UploadAsync(Risky);

        var response = await owner.Client.GetAsync($"/api/datasets/{dataset}/download?format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("risky-data-v0.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var sheet = await new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()).ReadToEndAsync();
        Assert.DoesNotContain("<f>", sheet, StringComparison.Ordinal);
        Assert.Contains("=HYPERLINK(&quot;http://evil&quot;)", sheet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Parquet_download_reads_back_with_the_same_types_and_rows()
    {
        var (owner, dataset) = await UploadAsync(Support.Datasets.SampleCsv);
        var path = Path.Combine(app.DataDirectory, $"{Guid.NewGuid():N}.parquet");

        var response = await owner.Client.GetAsync($"/api/datasets/{dataset}/download?format=parquet");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        var profile = Profiler.Profile(path);
        Assert.Equal("parquet", profile.Source.Format);
        Assert.Equal(4, profile.Statistics.RowCount);
        Assert.Equal(["amount:float64", "merchant:object", "is_fraud:int64", "day:datetime64"], profile.Schema.Select(c => $"{c.Name}:{c.Type}"));
    }

    [Fact]
    public async Task A_Parquet_upload_downloads_as_typed_CSV()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        var dataset = (await (await owner.PostUploadAsync(project, "P", await ParquetSample.BytesAsync(), "p.parquet")).ReadJsonAsync()).Id("dataset_id");

        var lines = (await owner.Client.GetStringAsync($"/api/datasets/{dataset}/download")).Split("\r\n");

        Assert.Equal("count,price,label", lines[0]);
        Assert.Equal("0,,red", lines[1]);
        Assert.Equal("1,1.5,blue", lines[2]);
        Assert.Equal(102, lines.Length);
    }

    [Fact]
    public async Task A_table_over_the_XLSX_row_limit_is_422_saying_to_use_CSV()
    {
        var csv = new StringBuilder("n\n").Insert(2, "1\n", (int)TableExport.XlsxMaxRows).ToString();
        var (owner, dataset) = await UploadAsync(csv);

        var response = await owner.Client.GetAsync($"/api/datasets/{dataset}/download?format=xlsx");

        Assert.Contains("format=csv", await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_over_the_XLSX_cell_limit_is_422_naming_it()
    {
        var (owner, dataset) = await UploadAsync($"id,text\n1,short\n2,{new string('x', TableExport.XlsxMaxCellCharacters + 1)}\n");

        var response = await owner.Client.GetAsync($"/api/datasets/{dataset}/download?format=xlsx");

        var message = await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Row 2, column 'text'", message, StringComparison.Ordinal);
        Assert.Contains("format=csv", message, StringComparison.Ordinal);
        Assert.Empty(app.StagedFiles());
    }

    [Theory]
    [InlineData("format=json")]
    [InlineData("format=xlsx&excel_safe=true")]
    [InlineData("excel_safe=maybe")]
    public async Task Unknown_formats_and_options_are_400(string query)
    {
        var (owner, dataset) = await UploadAsync(Support.Datasets.SampleCsv);

        await (await owner.Client.GetAsync($"/api/datasets/{dataset}/download?{query}")).AssertErrorAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_file_gone_from_disk_is_404_for_downloads_and_an_error_for_the_preview()
    {
        var csv = $"id\n{Guid.NewGuid():N}\n";
        var (owner, dataset) = await UploadAsync(csv);
        File.Delete(app.ArtifactPath(Encoding.UTF8.GetBytes(csv)));

        var download = await owner.Client.GetAsync($"/api/datasets/{dataset}/download");
        var detail = await (await owner.Client.GetAsync($"/api/datasets/{dataset}")).ReadJsonAsync();

        await download.AssertErrorAsync(HttpStatusCode.NotFound);
        Assert.Empty(detail["preview"]!.AsArray());
        var error = detail["preview_error"]!.GetValue<string>();
        Assert.DoesNotContain(app.DataDirectory, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preview_once_read_is_served_from_memory_the_version_never_changes()
    {
        var csv = $"id,amount\n{Guid.NewGuid():N},10\n";
        var (owner, dataset) = await UploadAsync(csv);
        var first = await (await owner.Client.GetAsync($"/api/datasets/{dataset}")).ReadJsonAsync();
        File.Delete(app.ArtifactPath(Encoding.UTF8.GetBytes(csv)));

        var second = await (await owner.Client.GetAsync($"/api/datasets/{dataset}")).ReadJsonAsync();

        Assert.Single(first["preview"]!.AsArray());
        Assert.Equal(first["preview"]!.ToJsonString(), second["preview"]!.ToJsonString());
        Assert.Null(second["preview_error"]);
    }

    [Fact]
    public async Task Strangers_cannot_download()
    {
        var (_, dataset) = await UploadAsync(Support.Datasets.SampleCsv);
        var stranger = await app.RegisterAsync();

        await (await stranger.Client.GetAsync($"/api/datasets/{dataset}/download")).AssertErrorAsync(HttpStatusCode.Forbidden);
    }

    private async Task<(TestUser Owner, Guid Dataset)> UploadAsync(string csv)
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        return (owner, (await owner.UploadAsync(project, "Risky data", csv)).Id("dataset_id"));
    }
}

public sealed class DownloadDatasetTestsOnSqlite(SqliteApp app) : DownloadDatasetTests<SqliteApp>(app);

public sealed class DownloadDatasetTestsOnPostgres(PostgresApp app) : DownloadDatasetTests<PostgresApp>(app);
