using PuppeteerSharp;

namespace DataPlatform.Tests.Support;

/// <summary>A page open in the browser, with what went wrong on it and what it asked of elsewhere.</summary>
public sealed class OpenedPage(IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    /// <summary>Console errors and uncaught exceptions (a blocked style or script shows up here).</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Every request the page made beyond itself (each was refused).</summary>
    public List<string> Outside { get; } = [];

    public Task<int> CountAsync(string selector) => Page.EvaluateExpressionAsync<int>($"document.querySelectorAll({System.Text.Json.JsonSerializer.Serialize(selector)}).length");

    /// <summary>Saves the whole page as <paramref name="name"/>.png in <see cref="Browser.ScreenshotDirectory"/>; returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(Browser.ScreenshotDirectory);
        var path = Path.Combine(Browser.ScreenshotDirectory, name + ".png");
        await Page.ScreenshotAsync(path, new ScreenshotOptions { FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync() => await Page.CloseAsync();
}
