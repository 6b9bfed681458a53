using System.Diagnostics;
using System.Text.Json;
using DataPlatform.Features.Platform.Reports;
using DataPlatform.Infrastructure.Http;
using DataPlatform.Profiling;
using Microsoft.Extensions.Logging.Abstractions;

namespace DataPlatform.Features.Cli;

/// <summary>
/// <c>DataPlatform profile FILE [--html REPORT]</c>: profiles a CSV or Parquet file without uploading it
/// and prints the JSON that <c>GET /api/datasets/{id}/analyze</c> returns for it, or writes the HTML
/// report that <c>GET /api/datasets/{id}/report</c> draws.
/// </summary>
public static class ProfileCommand
{
    public const string Name = "profile";

    private const string Usage =
        """
        Usage: DataPlatform profile FILE [--html REPORT]

        Profiles FILE (CSV, or Parquet when it starts with PAR1) and prints the same JSON as
        GET /api/datasets/{id}/analyze returns for an uploaded copy of it:
        {"statistics": {"columns": {...}, "row_count", "duplicate_rows", "memory_usage", "correlations"}, "alerts": [...], "error": null}
        With --html REPORT, writes the profile report instead (the page GET /api/datasets/{id}/report
        draws, the first 50 columns in detail) to the file REPORT, and prints nothing.
        Timing and peak memory go to standard error. Exit code 0 on success, 1 when the file
        cannot be profiled (the message names the row and column), 2 on wrong usage.
        """;

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == Name;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 2 && args[1] is "-h" or "--help")
        {
            output.WriteLine(Usage);
            return 0;
        }

        if (!(args.Length == 2 || (args.Length == 4 && args[2] == "--html")))
        {
            error.WriteLine(Usage);
            return 2;
        }

        var path = args[1];
        var html = args.Length == 4 ? args[3] : null;
        if (!File.Exists(path))
        {
            error.WriteLine($"No such file: {path}");
            return 2;
        }

        var stopwatch = Stopwatch.StartNew();
        try
        {
            var profile = Profiler.Profile(path, new ProfileOptions { Log = error.WriteLine });
            stopwatch.Stop();
            var alerts = Alerts.Of(profile.Statistics, profile.Quality);
            if (html is null)
            {
                output.WriteLine(JsonSerializer.Serialize(new AnalyzeOutput(profile.Statistics, alerts, null), JsonSetup.CreateOptions(indented: true)));
            }
            else
            {
                File.WriteAllText(html, Report(path, profile, alerts));
            }
        }
        catch (InvalidDataFileException exception)
        {
            error.WriteLine(exception.Message);
            return 1;
        }

        using var process = Process.GetCurrentProcess();
        error.WriteLine($"profiled {path} in {stopwatch.Elapsed.TotalSeconds:F3} s, peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MiB");
        return 0;
    }

    private static string Report(string path, DatasetProfile profile, IReadOnlyList<Alert> alerts)
    {
        var model = new ProfileReportModel
        {
            Title = Path.GetFileName(path),
            Version = null,
            FileName = Path.GetFileName(path),
            Format = profile.Source.Format,
            FileBytes = profile.Source.Bytes,
            CreatedAt = null,
            Statistics = profile.Statistics,
            Quality = profile.Quality,
            Alerts = alerts,
            FirstRows = TableRows.Preview(path, profile.Source.Dialect, profile.Schema.Select(c => c.Type).ToList(), ProfileReportPages.FirstRows).ToList(),
            ColumnOffset = 0,
            PageLink = null,
        };
        using var services = new ServiceCollection().BuildServiceProvider();
        return new ReportRenderer(services, NullLoggerFactory.Instance)
            .RenderAsync<ProfileReport>(new Dictionary<string, object?> { [nameof(ProfileReport.Model)] = model })
            .GetAwaiter().GetResult();
    }

    /// <summary>The body of the analyze endpoint.</summary>
    public sealed record AnalyzeOutput(DatasetStatistics Statistics, IReadOnlyList<Alert> Alerts, string? Error);
}
