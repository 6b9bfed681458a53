using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace DataPlatform.Bench;

/// <summary>
/// The upload benchmark: starts the service on a fresh data directory, uploads the file through
/// <c>POST /api/datasets/upload</c> as curl would (streamed multipart), and compares the wall time
/// with <c>DataPlatform profile FILE</c> in the same run; reports the server's memory growth
/// during the upload (its resident set sampled every 5 ms, against the resident set before).
/// </summary>
internal static class UploadCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: upload FILE DATAPLATFORM_COMMAND... (e.g. upload bench/data/benchmark.csv publish/DataPlatform)");
            return 2;
        }

        var file = Path.GetFullPath(args[0]);
        var dataPlatform = args[1..];
        CompareCommand.WarmPageCache(file);
        var profile = CompareCommand.Measure(dataPlatform[0], [.. dataPlatform[1..], "profile", file]);

        await using var server = await ServiceProcess.StartAsync(dataPlatform, [$"--DataPlatform:MaxDatasetUploadBytes={new FileInfo(file).Length * 2}"]);
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ServiceProcess.RegisterAsync(client, "bench@example.com"));
        var created = await client.PostAsJsonAsync("/api/projects", new { name = "Benchmark" });
        var project = (await created.Content.ReadFromJsonAsync<JsonNode>())!["project_id"]!.GetValue<string>();

        // A small upload first, so that the measured one does not pay for JIT compilation.
        await UploadAsync(client, project, "warm-up", new MemoryStream("a,b\n1,x\n"u8.ToArray()), "warm.csv");
        var before = CompareCommand.ResidentKiB(server.Id, "VmRSS:");
        long peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, CompareCommand.ResidentKiB(server.Id, "VmRSS:"));
                await Task.Delay(5);
            }
        });

        var stopwatch = Stopwatch.StartNew();
        await using var content = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var status = await UploadAsync(client, project, "benchmark", content, Path.GetFileName(file));
        stopwatch.Stop();
        await sampling.CancelAsync();
        await sampler;

        var upload = stopwatch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"file                 {file} ({new FileInfo(file).Length / 1e6:F0} MB)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"DataPlatform profile {profile.Seconds,7:F3} s  peak RSS {profile.PeakMiB,5} MiB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"HTTP upload          {upload,7:F3} s  status {(int)status}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio                {upload / profile.Seconds,7:F2}x (upload time / profile time; target <= 1.5)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"server memory        {before / 1024,5} MiB before, {peak / 1024,5} MiB at most during the upload: growth {(peak - before) / 1024} MiB (target < 700)"));
        return status == HttpStatusCode.Created ? 0 : 1;
    }

    private static async Task<HttpStatusCode> UploadAsync(HttpClient client, string project, string name, Stream file, string fileName)
    {
        using var response = await ServiceProcess.UploadAsync(client, "/api/datasets/upload", [("project_id", project), ("name", name)], file, fileName);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            Console.Error.WriteLine($"upload of {fileName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return response.StatusCode;
    }
}
