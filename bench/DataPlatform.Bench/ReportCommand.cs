using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace DataPlatform.Bench;

/// <summary>
/// What drawing a report costs: starts the service, uploads two versions of a generated file of 100
/// columns (40 decimals, 20 integers, 15 dates, 15 categories, 10 free texts; 20,000 rows), then asks
/// for the profile report and the drift report one at a time, and prints the median and p95 of each
/// request's time as the client sees it (an upper bound of the server's time: one client on
/// loopback) and the page's size.
/// </summary>
internal static class ReportCommand
{
    private const int Rows = 20_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var requests = 50;
        if (args.Length >= 2 && args[0] == "--requests")
        {
            requests = int.Parse(args[1], CultureInfo.InvariantCulture);
            args = args[2..];
        }

        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: report [--requests N] DATAPLATFORM_COMMAND...");
            return 2;
        }

        await using var server = await ServiceProcess.StartAsync(args, []);
        using var client = new HttpClient { BaseAddress = server.Address };
        client.DefaultRequestHeaders.Authorization = new("Bearer", await ServiceProcess.RegisterAsync(client, $"report-{Guid.NewGuid():N}@example.com"));
        var project = (await ReadAsync(await client.PostAsJsonAsync("/api/projects", new { name = "Reports" })))["project_id"]!.GetValue<string>();
        using var upload = await ServiceProcess.UploadAsync(client, "/api/datasets/upload", [("project_id", project), ("name", "wide")], new MemoryStream(Generate(0)), "wide.csv");
        var dataset = (await ReadAsync(upload))["dataset_id"]!.GetValue<string>();
        using var version = await ServiceProcess.UploadAsync(client, $"/api/datasets/{dataset}/versions", [("description", "Shifted")], new MemoryStream(Generate(1)), "wide-v2.csv");
        await ReadAsync(version);

        Console.WriteLine($"100 columns x {Rows:N0} rows, {requests} requests each, one at a time");
        Console.WriteLine($"{"report",-16} {"median ms",10} {"p95 ms",8} {"KiB",8}");
        foreach (var (name, path) in new[] { ("profile", $"/api/datasets/{dataset}/report"), ("drift", $"/api/datasets/{dataset}/compare/report?v1=0&v2=1") })
        {
            var times = new List<double>();
            long bytes = 0;
            for (var i = 0; i < requests + 5; i++)
            {
                var stopwatch = Stopwatch.StartNew();
                using var response = await client.GetAsync(path);
                var body = await response.Content.ReadAsByteArrayAsync();
                stopwatch.Stop();
                response.EnsureSuccessStatusCode();
                bytes = body.Length;
                if (i >= 5)
                {
                    times.Add(stopwatch.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-16} {times[times.Count / 2],10:F1} {times[(int)(times.Count * 0.95)],8:F1} {bytes / 1024.0,8:F0}"));
        }

        return 0;
    }

    /// <summary>The file, its values shifted a little in the second version (<paramref name="shift"/> 1).</summary>
    private static byte[] Generate(int shift)
    {
        var random = new Random(42 + shift);
        var text = new StringBuilder();
        var header = Enumerable.Range(0, 40).Select(i => $"decimal_{i}")
            .Concat(Enumerable.Range(0, 20).Select(i => $"integer_{i}"))
            .Concat(Enumerable.Range(0, 15).Select(i => $"date_{i}"))
            .Concat(Enumerable.Range(0, 15).Select(i => $"category_{i}"))
            .Concat(Enumerable.Range(0, 10).Select(i => $"text_{i}"));
        text.AppendJoin(',', header).Append('\n');
        var start = new DateTime(2025, 1, 1);
        for (var row = 0; row < Rows; row++)
        {
            var fields = new List<string>(100);
            for (var i = 0; i < 40; i++)
            {
                fields.Add(((random.NextDouble() * 100) + (shift * i)).ToString("0.###", CultureInfo.InvariantCulture));
            }

            for (var i = 0; i < 20; i++)
            {
                fields.Add(random.Next(0, 1000 * (i + 1)).ToString(CultureInfo.InvariantCulture));
            }

            for (var i = 0; i < 15; i++)
            {
                fields.Add(start.AddDays(random.Next(0, 365) + (shift * 30)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            for (var i = 0; i < 15; i++)
            {
                fields.Add($"c{random.Next(0, 8 + shift)}");
            }

            for (var i = 0; i < 10; i++)
            {
                fields.Add($"note {random.Next(0, 100_000)}");
            }

            text.AppendJoin(',', fields).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? JsonNode.Parse(body)! : throw new InvalidOperationException($"{(int)response.StatusCode}: {body}");
    }
}
