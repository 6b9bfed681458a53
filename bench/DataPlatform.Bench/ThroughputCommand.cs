using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace DataPlatform.Bench;

/// <summary>
/// The HTTP throughput benchmark: what the request pipeline (authentication, access, validation,
/// handler, JSON) costs against a bare endpoint. Starts the service, prepares a user, a project with
/// a dataset and a Spaces dataset, then runs, in turn and for several rounds, many clients in a loop on
/// one route at a time: <c>GET /health</c> without a token (no authentication, no database), the
/// authorized <c>GET /api/datasets/{id}</c> (which also reads the preview rows from the file), the
/// Spaces dataset GET, <c>GET /api/projects/{id}</c> and <c>GET /api/auth/me</c>. Prints each route's requests
/// per second (median of the rounds), p50 and p99, and the authorized routes' share of the bare one.
/// </summary>
internal static class ThroughputCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: throughput [--clients N] [--seconds S] [--rounds R] [--database NPGSQL_CONNECTION_STRING] DATAPLATFORM_COMMAND...");
            return 2;
        }

        var settings = new List<string> { "--DataPlatform:Auth:RateLimitPermits=100000000" };
        if (options.Database is not null)
        {
            settings.Add($"--ConnectionStrings:DataPlatform={options.Database}");
        }

        await using var server = await ServiceProcess.StartAsync(options.Command, settings);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients };
        using var client = new HttpClient(handler) { BaseAddress = server.Address };
        using var anonymousHandler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients };
        using var anonymous = new HttpClient(anonymousHandler) { BaseAddress = server.Address };
        var token = await ServiceProcess.RegisterAsync(client, $"throughput-{Guid.NewGuid():N}@example.com");
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var project = await ReadAsync(await client.PostAsJsonAsync("/api/projects", new { name = "Throughput" }));
        var projectId = project["project_id"]!.GetValue<string>();
        using var upload = await ServiceProcess.UploadAsync(
            client, "/api/datasets/upload", [("project_id", projectId), ("name", "numbers")], new MemoryStream(Encoding.UTF8.GetBytes("id,amount\n1,10\n2,20\n")), "numbers.csv");
        var datasetId = (await ReadAsync(upload))["dataset_id"]!.GetValue<string>();
        var detail = (await ReadAsync(await client.GetAsync($"/api/projects/{projectId}")))["project"]!;
        var space = $"/namespaces/{detail["namespace"]}/projects/{detail["slug"]}";
        await ReadAsync(await client.PostAsJsonAsync($"{space}/datasets", new { name = "bench" }));

        (string Name, string Path, HttpClient Client)[] routes =
        [
            ("bare: GET /health", "/health", anonymous),
            ("GET /api/datasets/{id}", $"/api/datasets/{datasetId}", client),
            ("GET Spaces dataset", $"{space}/datasets/bench", client),
            ("GET /api/projects/{id}", $"/api/projects/{projectId}", client),
            ("GET /api/auth/me", "/api/auth/me", client),
        ];
        var rates = routes.ToDictionary(r => r.Name, _ => new List<double>());
        var latencies = routes.ToDictionary(r => r.Name, _ => new List<double>());
        var failures = 0L;
        Console.WriteLine($"{options.Clients} clients, {options.Rounds} rounds of {options.Seconds} s per route, {(options.Database is null ? "SQLite" : "PostgreSQL")}");
        for (var round = 0; round < options.Rounds; round++)
        {
            foreach (var (name, path, caller) in routes)
            {
                var run = await RunRouteAsync(caller, path, options.Clients, TimeSpan.FromSeconds(options.Seconds));
                rates[name].Add(run.Count / options.Seconds);
                latencies[name].AddRange(run.Latencies);
                failures += run.Failures;
            }
        }

        var bare = Median(rates[routes[0].Name]);
        Console.WriteLine($"{"route",-26} {"req/s",9} {"p50 ms",8} {"p99 ms",8} {"of bare",8}");
        foreach (var (name, _, _) in routes)
        {
            var rate = Median(rates[name]);
            var sorted = latencies[name].Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-26} {rate,9:F0} {Quantile(sorted, 0.5),8:F2} {Quantile(sorted, 0.99),8:F2} {rate / bare,8:P0}"));
        }

        if (failures > 0)
        {
            Console.WriteLine($"{failures} responses were not 200");
            return 1;
        }

        return 0;
    }

    private static async Task<(long Count, long Failures, List<double> Latencies)> RunRouteAsync(HttpClient client, string path, int clients, TimeSpan duration)
    {
        // A short warm-up first, so that the JIT and the connection pool are ready.
        using (var warmUp = new CancellationTokenSource(TimeSpan.FromSeconds(1)))
        {
            await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => LoopAsync(client, path, warmUp.Token)));
        }

        using var stop = new CancellationTokenSource(duration);
        var runs = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => LoopAsync(client, path, stop.Token)));
        return (runs.Sum(r => r.Latencies.Count), runs.Sum(r => r.Failures), runs.SelectMany(r => r.Latencies).ToList());
    }

    private static async Task<(List<double> Latencies, long Failures)> LoopAsync(HttpClient client, string path, CancellationToken stop)
    {
        var latencies = new List<double>();
        long failures = 0;
        while (!stop.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead, CancellationToken.None);
            failures += response.IsSuccessStatusCode ? 0 : 1;
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return (latencies, failures);
    }

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            return response.IsSuccessStatusCode
                ? JsonNode.Parse(body)!
                : throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static double Quantile(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

    private sealed record Options(int Clients, int Seconds, int Rounds, string? Database, string[] Command)
    {
        public static Options? Parse(string[] args)
        {
            int clients = 16, seconds = 10, rounds = 3;
            string? database = null;
            var command = CommandLine.Parse(args, new Dictionary<string, Action<string>>
            {
                ["--clients"] = v => clients = CommandLine.Integer(v),
                ["--seconds"] = v => seconds = CommandLine.Integer(v),
                ["--rounds"] = v => rounds = CommandLine.Integer(v),
                ["--database"] = v => database = v,
            });
            return command is null ? null : new Options(clients, seconds, rounds, database, command);
        }
    }
}
