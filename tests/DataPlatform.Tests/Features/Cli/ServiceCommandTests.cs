using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Features.Cli;

/// <summary>The executable's manners: help and version answer and exit, a taken port is one line, <c>GET /</c> leads to the reference.</summary>
public sealed class ServiceCommandTests(SqliteApp app) : IClassFixture<SqliteApp>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("service-command-").FullName;

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_prints_the_usage_and_exits_without_starting_anything(string flag)
    {
        var (exit, output, error) = await RunAsync(flag);

        Assert.Equal(0, exit);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains("--DataPlatform:DataDirectory", output, StringComparison.Ordinal);
        Assert.Contains("/docs", output, StringComparison.Ordinal);
        Assert.Equal("", error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_directory));
    }

    [Fact]
    public async Task Version_prints_the_version()
    {
        var (exit, output, _) = await RunAsync("--version");

        Assert.Equal(0, exit);
        Assert.Matches(@"^DataPlatform \d+\.\d+\.\d+ \(\.NET \d+\.\d+\.\d+\)\s*$", output);
    }

    [Fact]
    public async Task A_port_in_use_is_one_line_and_exit_code_1()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";

        var (exit, output, error) = await RunAsync("--urls", url, $"--DataPlatform:DataDirectory={Path.Combine(_directory, "data")}");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"Cannot listen on {url}", line, StringComparison.Ordinal);
        Assert.Contains("--urls", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_directory, "data")));
    }

    [Fact]
    public async Task The_root_leads_to_the_API_reference()
    {
        var response = await app.Anonymous().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/docs/", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("openapi/platform.json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>Runs the service's executable (as built next to the tests) in an empty folder of its own.</summary>
    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DataPlatform.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
