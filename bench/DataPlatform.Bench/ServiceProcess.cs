using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace DataPlatform.Bench;

/// <summary>The service started as a process of its own on a fresh data directory and a free port, for the HTTP benchmarks.</summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task<string> _log;
    private readonly string _dataDirectory;

    private ServiceProcess(Process process, string dataDirectory, Uri address)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        Address = address;
        _log = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    /// <summary>Starts <paramref name="command"/> with <paramref name="settings"/> (as <c>--Key=value</c>) and waits for <c>/health</c>.</summary>
    public static async Task<ServiceProcess> StartAsync(string[] command, IEnumerable<string> settings)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("dataplatform-bench-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in command[1..].Concat(["--urls", $"http://127.0.0.1:{port}", $"--DataPlatform:DataDirectory={dataDirectory}"]).Concat(settings))
        {
            start.ArgumentList.Add(argument);
        }

        var service = new ServiceProcess(Process.Start(start)!, dataDirectory, new Uri($"http://127.0.0.1:{port}"));
        using var client = new HttpClient { BaseAddress = service.Address };
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return service;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        await service.DisposeAsync();
        throw new TimeoutException("The service did not start within a minute.");
    }

    /// <summary>Registers a user and returns its token.</summary>
    public static async Task<string> RegisterAsync(HttpClient client, string email)
    {
        var register = await client.PostAsJsonAsync("/api/auth/register", new { email, name = "Bench", password = "benchmark password" });
        return (await register.Content.ReadFromJsonAsync<JsonNode>())!["token"]!.GetValue<string>();
    }

    /// <summary>Uploads a file as curl -F does (streamed multipart, the file last).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string path, IEnumerable<(string Name, string Value)> fields, Stream file, string fileName)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        var part = new StreamContent(file, 1 << 20);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, "file", fileName);
        return await client.PostAsync(path, form);
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _ = await _log;
        _process.Dispose();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
