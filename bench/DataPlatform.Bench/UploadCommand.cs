using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
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

        var dataDirectory = Directory.CreateTempSubdirectory("dataplatform-upload-bench-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo(dataPlatform[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in dataPlatform[1..].Concat(
            ["--urls", $"http://127.0.0.1:{port}", $"--DataPlatform:DataDirectory={dataDirectory}", $"--DataPlatform:MaxDatasetUploadBytes={new FileInfo(file).Length * 2}"]))
        {
            start.ArgumentList.Add(argument);
        }

        using var server = Process.Start(start)!;
        var log = server.StandardOutput.ReadToEndAsync();
        _ = server.StandardError.ReadToEndAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(30) };
            await WaitUntilUpAsync(client);
            var register = await client.PostAsJsonAsync("/api/auth/register", new { email = "bench@example.com", name = "Bench", password = "benchmark password" });
            var token = (await register.Content.ReadFromJsonAsync<JsonNode>())!["token"]!.GetValue<string>();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
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
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            _ = await log;
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static async Task<HttpStatusCode> UploadAsync(HttpClient client, string project, string name, Stream file, string fileName)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(project), "project_id" },
            { new StringContent(name), "name" },
        };
        var part = new StreamContent(file, 1 << 20);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, "file", fileName);
        using var response = await client.PostAsync("/api/datasets/upload", form);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            Console.Error.WriteLine($"upload of {fileName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return response.StatusCode;
    }

    private static async Task WaitUntilUpAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The service did not start within a minute.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
