using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace DataPlatform.Bench;

/// <summary>
/// The load benchmark: starts the service (SQLite by default, PostgreSQL with <c>--database</c>),
/// prepares users, projects and datasets, then runs many clients for a while, each in a loop of
/// requests picked at random from a mix, and a few clients that only run heavy comparisons of two
/// large versions. Prints, per class of route, the count, p50, p99 and the slowest, and every
/// status that was not 2xx. Cheap requests must not wait behind heavy ones.
/// </summary>
internal static class LoadCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: load [--clients N] [--heavy N] [--seconds S] [--heavy-rows N] [--database NPGSQL_CONNECTION_STRING] DATAPLATFORM_COMMAND...");
            return 2;
        }

        var settings = new List<string> { "--DataPlatform:Auth:RateLimitPermits=1000000" };
        if (options.Database is not null)
        {
            settings.Add($"--ConnectionStrings:DataPlatform={options.Database}");
        }

        await using var server = await ServiceProcess.StartAsync(options.Command, settings);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients + options.Heavy };
        using var client = new HttpClient(handler) { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(5) };
        Console.WriteLine($"preparing: {options.Clients} users, {options.HeavyRows:N0}-row versions for {options.Heavy} clients of heavy comparisons ({(options.Database is null ? "SQLite" : "PostgreSQL")})");
        var heavy = await PrepareHeavyAsync(client, options.HeavyRows);
        var users = new List<Workspace>();
        for (var i = 0; i < options.Clients; i++)
        {
            users.Add(await PrepareAsync(client, i));
        }

        var latencies = new ConcurrentDictionary<string, ConcurrentBag<double>>(StringComparer.Ordinal);
        var failures = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var peakRss = 0L;
        var before = CompareCommand.ResidentKiB(server.Id, "VmRSS:");
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds));
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peakRss = Math.Max(peakRss, CompareCommand.ResidentKiB(server.Id, "VmRSS:"));
                await Task.Delay(50);
            }
        });

        async Task TimedAsync(string kind, Func<Task<HttpResponseMessage>> send)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await send();
                await response.Content.LoadIntoBufferAsync();
                if (!response.IsSuccessStatusCode)
                {
                    failures.AddOrUpdate($"{kind} {(int)response.StatusCode}", 1, (_, n) => n + 1);
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                failures.AddOrUpdate($"{kind} {exception.GetType().Name}", 1, (_, n) => n + 1);
            }

            latencies.GetOrAdd(kind, _ => []).Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var clients = users.Select((user, i) => Task.Run(async () =>
        {
            var random = new Random(i);
            while (!stop.IsCancellationRequested)
            {
                await Mixed(user, random, TimedAsync);
            }
        })).ToList();
        clients.AddRange(Enumerable.Range(0, options.Heavy).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await TimedAsync("compare (heavy)", () => Get(heavy.Client, $"/api/datasets/{heavy.Dataset}/compare?v1=0&v2=1"));
            }
        })));
        await Task.WhenAll(clients);
        await sampler;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{options.Clients} clients + {options.Heavy} heavy for {options.Seconds} s on {(options.Database is null ? "SQLite" : "PostgreSQL")}; server RSS {before / 1024} MiB before, {peakRss / 1024} MiB at most"));
        Console.WriteLine($"{"class",-22} {"count",7} {"p50 ms",9} {"p99 ms",9} {"max ms",9}");
        foreach (var (kind, values) in latencies.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            var sorted = values.Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind,-22} {sorted.Length,7} {Quantile(sorted, 0.5),9:F1} {Quantile(sorted, 0.99),9:F1} {sorted[^1],9:F1}"));
        }

        foreach (var (failure, count) in failures.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"not 2xx: {failure} x{count}");
        }

        return failures.Keys.Any(k => k.Contains(" 5", StringComparison.Ordinal) || !k.Any(char.IsDigit)) ? 1 : 0;
    }

    /// <summary>One request of the mix: reads most, writes often, small uploads and comparisons now and then.</summary>
    private static Task Mixed(Workspace user, Random random, Func<string, Func<Task<HttpResponseMessage>>, Task> timed)
    {
        var roll = random.Next(100);
        return roll switch
        {
            < 15 => timed("read: me", () => Get(user.Client, "/api/auth/me")),
            < 30 => timed("read: projects", () => Get(user.Client, "/api/projects")),
            < 42 => timed("read: experiments", () => Get(user.Client, $"/api/experiments?project_id={user.Project}&limit=500")),
            < 52 => timed("read: analyze", () => Get(user.Client, $"/api/datasets/{user.Dataset}/analyze")),
            < 60 => timed("read: timeline", () => Get(user.Client, $"/api/projects/{user.Project}/timeline")),
            < 72 => timed("write: experiment", () => user.Client.PostAsJsonAsync("/api/experiments", new { project_id = user.Project, name = $"run {random.Next()}", metrics = new { auc = random.NextDouble() } })),
            < 80 => timed("write: task", () => user.Client.PostAsJsonAsync($"/projects/{user.Project}/tasks", new { name = $"task {random.Next()}" })),
            < 86 => timed("write: project", () => user.Client.PostAsJsonAsync("/api/projects", new { name = $"p {random.Next()}" })),
            < 93 => timed("upload: version", () => ServiceProcess.UploadAsync(
                user.Client, $"/api/datasets/{user.Dataset}/versions", [("description", "more")], new MemoryStream(SmallCsv(random.Next())), "more.csv")),
            _ => timed("compare (small)", () => Get(user.Client, $"/api/datasets/{user.Dataset}/compare?v1=0&v2=1")),
        };
    }

    private static Task<HttpResponseMessage> Get(HttpClient client, string path) => client.GetAsync(path, HttpCompletionOption.ResponseContentRead);

    private static async Task<Workspace> PrepareAsync(HttpClient shared, int index)
    {
        var client = await SignedInAsync(shared, $"load-{index}-{Guid.NewGuid():N}@example.com");
        var project = (await (await client.PostAsJsonAsync("/api/projects", new { name = $"Load {index}" })).Content.ReadFromJsonAsync<JsonNode>())!["project_id"]!.GetValue<string>();
        var dataset = await UploadAsync(client, project, SmallCsv(index));
        await ServiceProcess.UploadAsync(client, $"/api/datasets/{dataset}/versions", [("description", "second")], new MemoryStream(SmallCsv(index + 1)), "v1.csv");
        return new Workspace(client, project, dataset);
    }

    private static async Task<Workspace> PrepareHeavyAsync(HttpClient shared, int rows)
    {
        var client = await SignedInAsync(shared, $"heavy-{Guid.NewGuid():N}@example.com");
        var project = (await (await client.PostAsJsonAsync("/api/projects", new { name = "Heavy" })).Content.ReadFromJsonAsync<JsonNode>())!["project_id"]!.GetValue<string>();
        var dataset = await UploadAsync(client, project, LargeCsv(rows, 1));
        using var second = await ServiceProcess.UploadAsync(client, $"/api/datasets/{dataset}/versions", [("description", "second")], new MemoryStream(LargeCsv(rows, 2)), "v1.csv");
        second.EnsureSuccessStatusCode();
        return new Workspace(client, project, dataset);
    }

    private static async Task<HttpClient> SignedInAsync(HttpClient shared, string email)
    {
        var token = await ServiceProcess.RegisterAsync(shared, email);
        var client = new HttpClient(new SocketsHttpHandler(), disposeHandler: true) { BaseAddress = shared.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<string> UploadAsync(HttpClient client, string project, byte[] csv)
    {
        using var response = await ServiceProcess.UploadAsync(client, "/api/datasets/upload", [("project_id", project), ("name", $"data {Guid.NewGuid():N}")], new MemoryStream(csv), "data.csv");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!["dataset_id"]!.GetValue<string>();
    }

    private static byte[] SmallCsv(int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder("id,amount,city\n");
        for (var i = 0; i < 3; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i},{random.Next(1000)},c{random.Next(5)}\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] LargeCsv(int rows, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder("id,amount,score,city\n", rows * 40);
        for (var i = 0; i < rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i},{random.NextDouble() * 1000:F2},{random.NextDouble():F6},city{random.Next(2000)}\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static double Quantile(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

    private sealed record Workspace(HttpClient Client, string Project, string Dataset);

    private sealed record Options(int Clients, int Heavy, int Seconds, int HeavyRows, string? Database, string[] Command)
    {
        public static Options? Parse(string[] args)
        {
            int clients = 50, heavy = 3, seconds = 30, heavyRows = 2_000_000;
            string? database = null;
            var command = CommandLine.Parse(args, new Dictionary<string, Action<string>>
            {
                ["--clients"] = v => clients = CommandLine.Integer(v),
                ["--heavy"] = v => heavy = CommandLine.Integer(v),
                ["--seconds"] = v => seconds = CommandLine.Integer(v),
                ["--heavy-rows"] = v => heavyRows = CommandLine.Integer(v),
                ["--database"] = v => database = v,
            });
            return command is null ? null : new Options(clients, heavy, seconds, heavyRows, database, command);
        }
    }
}
