using System.Net;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Features.Platform.Datasets;

/// <summary>
/// The profile and drift reports opened in a real browser (Debian's chromium) as the service sends
/// them, Content-Security-Policy included: the charts are there, the console is clean, the page asks
/// nothing of anywhere, and a screenshot of each is saved with the test results.
/// </summary>
public sealed class ReportBrowserTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_profile_and_drift_reports_open_cleanly_in_a_browser()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        var dataset = (await owner.UploadAsync(project, "Transactions", await File.ReadAllTextAsync(Path.Combine(Repository.Root, "examples", "transactions.csv")))).Id("dataset_id");
        Assert.Equal(HttpStatusCode.Created, (await owner.Client.PostVersionAsync(dataset, await File.ReadAllTextAsync(Path.Combine(Repository.Root, "examples", "transactions_v2.csv")))).StatusCode);
        var analyze = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/analyze")).ReadJsonAsync();
        var comparison = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/compare?v1=0&v2=1")).ReadJsonAsync();
        await using var browser = await Browser.LaunchAsync();

        await using (var profile = await OpenAsync(browser, owner, $"/api/datasets/{dataset}/report"))
        {
            await profile.ScreenshotAsync("profile-report");
            Assert.Empty(profile.Errors);
            Assert.Empty(profile.Outside);
            // transaction_id, date, amount and is_fraud: numbers and dates get a histogram.
            Assert.Equal(4, await profile.CountAsync("svg.histogram"));
            Assert.Equal(analyze["alerts"]!.AsArray().Count, await profile.CountAsync("#alerts li"));
            Assert.Equal(await profile.CountAsync("svg"), await profile.CountAsync("svg > title"));
            // The inline style applied: the policy lets it through and nothing else.
            Assert.Equal("1100px", await profile.Page.EvaluateExpressionAsync<string>("getComputedStyle(document.body).maxWidth"));
        }

        await using var drift = await OpenAsync(browser, owner, $"/api/datasets/{dataset}/compare/report?v1=0&v2=1");
        await drift.ScreenshotAsync("drift-report");
        Assert.Empty(drift.Errors);
        Assert.Empty(drift.Outside);
        Assert.Equal(4, await drift.CountAsync("svg.histogram.overlaid"));
        Assert.Equal(2, await drift.CountAsync("svg.bars.paired"));
        Assert.Equal(comparison["column_diffs"]!.AsObject().Count, await drift.CountAsync("#columns table.list tr") - 1);
        Assert.Equal(comparison["dataset_drift"]!.GetValue<bool>() ? 1 : 0, await drift.CountAsync("p.verdict.drifted"));
    }

    [Fact]
    public async Task A_hostile_file_runs_nothing_in_the_browser()
    {
        var owner = await app.RegisterAsync();
        var csv = "\"<script>alert(1)</script>\",\"\"\"><img src=x onerror=alert(2)>\",\"\u202Eright to left\"\n" +
            "\"<img src=//example.com/x.png>\",1,\"<svg onload=alert(3)>\"\n\"<b>bold</b>\",2,\"<iframe src=//example.com>\"\n";
        var dataset = (await owner.UploadAsync(await owner.CreateProjectAsync(), "Hostile", csv)).Id("dataset_id");
        await using var browser = await Browser.LaunchAsync();

        await using var page = await OpenAsync(browser, owner, $"/api/datasets/{dataset}/report");
        await page.ScreenshotAsync("hostile-report");

        Assert.Empty(page.Errors);
        Assert.Empty(page.Outside);
        Assert.Equal(0, await page.CountAsync("script, img, iframe"));
        Assert.Equal(0, await page.Page.EvaluateExpressionAsync<int>("Array.from(document.querySelectorAll('b')).filter(b => b.textContent === 'bold').length"));
        var text = await page.Page.EvaluateExpressionAsync<string>("document.body.innerText");
        Assert.Contains("<script>alert(1)</script>", text, StringComparison.Ordinal);
        // The right-to-left override is shown, not obeyed: it would reverse the rest of its line.
        Assert.Contains("[U+202E]right to left", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_of_two_thousand_columns_opens_in_a_browser()
    {
        var owner = await app.RegisterAsync();
        var csv = new System.Text.StringBuilder(string.Join(',', Enumerable.Range(0, 2000).Select(c => $"column_{c}"))).Append('\n');
        for (var r = 0; r < 20; r++)
        {
            csv.Append(string.Join(',', Enumerable.Range(0, 2000).Select(c => ((r * 3) + c) % 17))).Append('\n');
        }

        var dataset = (await owner.UploadAsync(await owner.CreateProjectAsync(), "Wide", csv.ToString())).Id("dataset_id");
        await using var browser = await Browser.LaunchAsync();

        await using var page = await OpenAsync(browser, owner, $"/api/datasets/{dataset}/report");
        await page.ScreenshotAsync("wide-report");

        Assert.Empty(page.Errors);
        Assert.Empty(page.Outside);
        Assert.Equal(50, await page.CountAsync("details.column"));
        Assert.Equal(2001, await page.CountAsync("#columns table.list tr"));
    }

    /// <summary>Fetches the page through the API as <paramref name="user"/> and opens it with the headers the service sent.</summary>
    private static async Task<OpenedPage> OpenAsync(Browser browser, TestUser user, string path)
    {
        var response = await user.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var headers = new Dictionary<string, string> { ["Content-Security-Policy"] = response.Headers.GetValues("Content-Security-Policy").Single() };
        return await browser.OpenAsync(await response.Content.ReadAsStringAsync(), headers);
    }
}
