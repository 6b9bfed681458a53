using System.Diagnostics;
using System.Text.Json;
using DataPlatform.Infrastructure.Http;
using DataPlatform.Profiling;

namespace DataPlatform.Features.Cli;

/// <summary>
/// <c>DataPlatform profile FILE</c>: profiles a CSV or Parquet file without uploading it and prints
/// the JSON that <c>GET /api/datasets/{id}/analyze</c> returns for it.
/// </summary>
public static class ProfileCommand
{
    public const string Name = "profile";

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == Name;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length != 2 || args[1] is "-h" or "--help")
        {
            (args.Length == 2 ? output : error).WriteLine(
                """
                Usage: DataPlatform profile FILE

                Profiles FILE (CSV, or Parquet when it starts with PAR1) and prints the same JSON as
                GET /api/datasets/{id}/analyze returns for an uploaded copy of it:
                {"statistics": {"columns": {...}, "row_count", "duplicate_rows", "memory_usage", "correlations"}, "error": null}
                Timing and peak memory go to standard error. Exit code 0 on success, 1 when the file
                cannot be profiled (the message names the row and column), 2 on wrong usage.
                """);
            return args.Length == 2 ? 0 : 2;
        }

        var path = args[1];
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
            output.WriteLine(JsonSerializer.Serialize(new AnalyzeOutput(profile.Statistics, null), JsonSetup.CreateOptions(indented: true)));
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

    /// <summary>The body of the analyze endpoint.</summary>
    public sealed record AnalyzeOutput(DatasetStatistics Statistics, string? Error);
}
