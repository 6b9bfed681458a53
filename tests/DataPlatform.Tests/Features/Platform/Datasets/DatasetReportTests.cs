using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DataPlatform.Features.Cli;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Features.Platform.Datasets;

/// <summary>
/// <c>GET /api/datasets/{id}/report</c>: the stored profile drawn as one self-contained HTML page, that
/// runs no script, asks nothing of anywhere, escapes everything that came from the data, and stays small
/// for thousands of columns.
/// </summary>
public abstract class DatasetReportTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TestApp
{
    private readonly TestApp app = app.RequireDatabase();

    [Fact]
    public async Task A_report_is_one_self_contained_page_drawn_from_the_stored_profile()
    {
        var owner = await app.RegisterAsync();
        var dataset = (await owner.UploadAsync(await owner.CreateProjectAsync(), "Transactions Q4")).Id("dataset_id");

        var response = await owner.Client.GetAsync($"/api/datasets/{dataset}/report");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; img-src data:", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Profile of Transactions Q4</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"(src|href)=""(https?:)?//", html);
        // amount and is_fraud (numeric) and day (datetime) get a histogram, merchant a bar chart of its values.
        Assert.Equal(3, Count(html, "class=\"histogram\""));
        Assert.Equal(1 + 1, Count(html, "class=\"bars\""));
        Assert.Equal(4, Count(html, "<details open class=\"column\""));
        Assert.Contains("<span class=\"badge\">high_missing</span>", html, StringComparison.Ordinal);
        Assert.Contains(">Luxury Ltd<", html, StringComparison.Ordinal);
        Assert.Equal(Count(html, "<svg"), Regex.Matches(html, "<svg[^>]*>\\s*<title>[^<]+</title>").Count);
    }

    [Fact]
    public async Task The_score_explains_itself_check_by_check()
    {
        var owner = await app.RegisterAsync();
        var dataset = (await owner.UploadAsync(await owner.CreateProjectAsync())).Id("dataset_id");
        var quality = (await (await owner.Client.GetAsync($"/api/datasets/{dataset}/quality")).ReadJsonAsync())["quality"]!;

        var html = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/report")).Content.ReadAsStringAsync();

        foreach (var check in quality["checks"]!.AsArray())
        {
            Assert.Matches($"<td>{check!["name"]}</td>\\s*<td>(passed|failed)</td>\\s*<td class=\"figure\">", html);
        }

        Assert.Contains($"<span class=\"score\">{quality["overall_score"]}</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Everything_that_came_from_the_data_is_escaped()
    {
        var owner = await app.RegisterAsync();
        var longName = new string('w', 10_000);
        var csv = $"\"<script>alert(1)</script>\",\"\"\"><img src=x onerror=alert(1)>\",\"\u202Eevil\",{longName}\n" +
            "<b>bold</b>,1,x,2\n\"<i>it</i>\",2,y,3\n";
        var upload = await owner.PostUploadAsync(await owner.CreateProjectAsync(), "\"><img src=x onerror=alert(2)>", csv, fileName: "<svg onload=alert(3)>.csv");
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var dataset = (await upload.ReadJsonAsync()).Id("dataset_id");

        var response = await owner.Client.GetAsync($"/api/datasets/{dataset}/report");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg onload", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>it", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", html, StringComparison.Ordinal);
        Assert.Contains("[U&#x2B;202E]evil", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;bold&lt;/b&gt;", html, StringComparison.Ordinal);
        // The whole 10,000-character name once, in its own section; shortened everywhere else.
        Assert.Equal(1, Count(html, longName));
        Assert.True(html.Length < 100_000, $"{html.Length} characters");
    }

    [Fact]
    public async Task A_file_of_two_thousand_columns_gives_pages_of_fifty_columns_under_3_MB()
    {
        var owner = await app.RegisterAsync();
        var csv = new StringBuilder(string.Join(',', Enumerable.Range(0, 2000).Select(c => $"column_{c}"))).Append('\n');
        for (var r = 0; r < 30; r++)
        {
            csv.Append(string.Join(',', Enumerable.Range(0, 2000).Select(c => ((r * 7) + c) % 13))).Append('\n');
        }

        var dataset = (await owner.UploadAsync(await owner.CreateProjectAsync(), "Wide", csv.ToString())).Id("dataset_id");

        var first = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/report")).Content.ReadAsStringAsync();
        var last = await owner.Client.GetAsync($"/api/datasets/{dataset}/report?column_offset=1950");
        var lastHtml = await last.Content.ReadAsStringAsync();

        Assert.True(Encoding.UTF8.GetByteCount(first) < 3 * 1024 * 1024, $"{Encoding.UTF8.GetByteCount(first)} bytes");
        Assert.Equal(50, Count(first, "<details open class=\"column\""));
        Assert.Equal(2000, Regex.Matches(first, "<a href=\"(#|/api)[^\"]*column-\\d+\">column_\\d+</a>").Count);
        Assert.Contains($"href=\"/api/datasets/{dataset}/report?version=0&amp;column_offset=50\"", first, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, last.StatusCode);
        Assert.Equal(50, Count(lastHtml, "<details open class=\"column\""));
        Assert.Contains("id=\"column-1999\"", lastHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"column-0\"", lastHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Any_version_can_be_drawn_and_bad_requests_get_the_error_envelope()
    {
        var owner = await app.RegisterAsync();
        var dataset = (await owner.UploadAsync(await owner.CreateProjectAsync())).Id("dataset_id");
        Assert.Equal(HttpStatusCode.Created, (await owner.Client.PostVersionAsync(dataset, "amount,merchant\n1,a\n2,b\n")).StatusCode);

        var first = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/report?version=0")).Content.ReadAsStringAsync();
        var newest = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/report")).Content.ReadAsStringAsync();

        Assert.Contains("version 0 ·", first, StringComparison.Ordinal);
        Assert.Contains("version 1 ·", newest, StringComparison.Ordinal);
        await (await owner.Client.GetAsync($"/api/datasets/{dataset}/report?version=7")).AssertErrorAsync(HttpStatusCode.NotFound);
        await (await owner.Client.GetAsync($"/api/datasets/{dataset}/report?column_offset=-1")).AssertErrorAsync(HttpStatusCode.BadRequest);
        var beyond = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/report?column_offset=2")).AssertErrorAsync(HttpStatusCode.BadRequest);
        Assert.Contains("below the number of columns (2)", beyond, StringComparison.Ordinal);
        await (await owner.Client.GetAsync($"/api/datasets/{Guid.NewGuid()}/report")).AssertErrorAsync(HttpStatusCode.NotFound);
        var outsider = await app.RegisterAsync();
        await (await outsider.Client.GetAsync($"/api/datasets/{dataset}/report")).AssertErrorAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_command_line_writes_the_same_report_for_the_same_file()
    {
        var directory = Directory.CreateTempSubdirectory("report-command-").FullName;
        try
        {
            var path = Path.Combine(directory, "Transactions Q4");
            await File.WriteAllTextAsync(path, Support.Datasets.SampleCsv);
            var output = new StringWriter();

            Assert.Equal(0, ProfileCommand.Run(["profile", path, "--html", Path.Combine(directory, "report.html")], output, new StringWriter()));

            var html = await File.ReadAllTextAsync(Path.Combine(directory, "report.html"));
            Assert.Equal("", output.ToString());
            Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
            Assert.Equal(3, Count(html, "class=\"histogram\""));
            Assert.Contains("<span class=\"badge\">high_missing</span>", html, StringComparison.Ordinal);
            Assert.Contains(">Luxury Ltd<", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_drift_report_draws_the_comparison_with_both_versions_on_the_same_charts()
    {
        var owner = await app.RegisterAsync();
        var first = new StringBuilder("amount,day,merchant\n");
        var second = new StringBuilder("amount,day,merchant\n");
        for (var i = 0; i < 200; i++)
        {
            first.Append(i).Append(",2026-01-").Append(((i % 28) + 1).ToString("00", CultureInfo.InvariantCulture)).Append(i % 2 == 0 ? ",ACME\n" : ",Luxury\n");
            second.Append(i + 100).Append(",2026-02-").Append(((i % 28) + 1).ToString("00", CultureInfo.InvariantCulture)).Append(i % 3 == 0 ? ",\"<script>alert(1)</script>\"\n" : ",ACME\n");
        }

        var dataset = (await owner.UploadAsync(await owner.CreateProjectAsync(), "Drifting", first.ToString())).Id("dataset_id");
        Assert.Equal(HttpStatusCode.Created, (await owner.Client.PostVersionAsync(dataset, second.ToString())).StatusCode);
        var comparison = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/compare?v1=0&v2=1")).ReadJsonAsync();

        var response = await owner.Client.GetAsync($"/api/datasets/{dataset}/compare/report?v1=0&v2=1");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; img-src data:", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.True(comparison["dataset_drift"]!.GetValue<bool>());
        Assert.Contains("The dataset drifted: 3 of 3 tested columns drifted", html, StringComparison.Ordinal);
        Assert.Equal(2, Count(html, "class=\"histogram overlaid\""));
        Assert.Equal(1, Count(html, "class=\"bars paired\""));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        foreach (var (name, diff) in comparison["column_diffs"]!.AsObject())
        {
            Assert.Contains($">{name}</a>", html, StringComparison.Ordinal);
            Assert.Contains($"<td>{diff!["test"]!["name"]}</td>", html, StringComparison.Ordinal);
        }

        Assert.Equal(Count(html, "<svg"), Regex.Matches(html, "<svg[^>]*>\\s*<title>[^<]+</title>").Count);
    }

    [Fact]
    public async Task A_drift_report_needs_two_versions_the_dataset_has()
    {
        var owner = await app.RegisterAsync();
        var dataset = (await owner.UploadAsync(await owner.CreateProjectAsync())).Id("dataset_id");

        var same = await owner.Client.GetAsync($"/api/datasets/{dataset}/compare/report?v1=0&v2=0");

        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Contains("No dataset drift: 0 of", await same.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var missing = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/compare/report?v1=0")).AssertErrorAsync(HttpStatusCode.BadRequest);
        Assert.Contains("'v2' is required", missing, StringComparison.Ordinal);
        var absent = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/compare/report?v1=0&v2=4")).AssertErrorAsync(HttpStatusCode.NotFound);
        Assert.Equal($"Dataset {dataset} has no version 4.", absent);
        var outsider = await app.RegisterAsync();
        await (await outsider.Client.GetAsync($"/api/datasets/{dataset}/compare/report?v1=0&v2=0")).AssertErrorAsync(HttpStatusCode.Forbidden);
    }

    private static int Count(string text, string part) => Regex.Matches(text, Regex.Escape(part)).Count;
}

public sealed class DatasetReportTestsOnSqlite(SqliteApp app) : DatasetReportTests<SqliteApp>(app);

public sealed class DatasetReportTestsOnPostgres(PostgresApp app) : DatasetReportTests<PostgresApp>(app);
