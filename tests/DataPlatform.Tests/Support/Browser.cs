using System.Net;
using PuppeteerSharp;

namespace DataPlatform.Tests.Support;

/// <summary>
/// Debian's <c>chromium</c>, driven through the DevTools protocol (PuppeteerSharp; no browser is
/// downloaded). A page is served from the test's own responses: any other request the page makes is
/// recorded and refused, so a test can check that nothing left the page.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    /// <summary>Where screenshots go: <c>DATAPLATFORM_SCREENSHOTS</c> (set by <c>.ci/run</c> beside the test results), else <c>screenshots/</c> beside the tests.</summary>
    public static string ScreenshotDirectory { get; } =
        Environment.GetEnvironmentVariable("DATAPLATFORM_SCREENSHOTS") is { Length: > 0 } directory ? directory : Path.Combine(AppContext.BaseDirectory, "screenshots");

    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium"];

    private readonly IBrowser _browser;

    private Browser(IBrowser browser) => _browser = browser;

    public static async Task<Browser> LaunchAsync()
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : Candidates.FirstOrDefault(File.Exists);
        Assert.True(path is not null && File.Exists(path), "The browser tests need Debian's chromium (apt-get install chromium; .ci/run installs it), or CHROMIUM_PATH set to a Chromium executable.");
        return new Browser(await Puppeteer.LaunchAsync(new LaunchOptions
        {
            Headless = true,
            ExecutablePath = path,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        }));
    }

    /// <summary>Opens <paramref name="html"/> as the answer to <c>http://dataplatform.test/</c>, with <paramref name="headers"/>.</summary>
    public async Task<OpenedPage> OpenAsync(string html, IReadOnlyDictionary<string, string> headers)
    {
        const string address = "http://dataplatform.test/";
        var page = await _browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1200, Height = 900 });
        var opened = new OpenedPage(page);
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                opened.Errors.Add(e.Message.Text);
            }
        };
        page.PageError += (_, e) => opened.Errors.Add(e.Message);
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) =>
        {
            if (e.Request.Url == address)
            {
                await e.Request.RespondAsync(new ResponseData
                {
                    Status = HttpStatusCode.OK,
                    ContentType = "text/html; charset=utf-8",
                    Body = html,
                    Headers = headers.ToDictionary(h => h.Key, h => (object)h.Value),
                });
            }
            else
            {
                opened.Outside.Add(e.Request.Url);
                await e.Request.AbortAsync();
            }
        };
        await page.GoToAsync(address, WaitUntilNavigation.Load);
        return opened;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _browser.Dispose();
    }
}
