using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DataPlatform.Tests.Support;

/// <summary>
/// A PostgreSQL server for the PostgreSQL half of the tests when <c>DATAPLATFORM_TEST_POSTGRES</c>
/// names none: started once per test run from the machine's server binaries (found through
/// <c>pg_config</c>), in a temporary folder, on a free loopback port, with durability off; stopped
/// and removed when the test process exits. As root it runs as the <c>postgres</c> user, since
/// PostgreSQL refuses to run as root. So <c>dotnet test DataPlatform.slnx</c> runs every test where
/// PostgreSQL is installed, and says once why when it is not.
/// </summary>
internal static class ThrowawayPostgres
{
    private static readonly Lazy<(string? ConnectionString, string? Problem)> Server = new(Start);

    /// <summary>An Npgsql connection string to the server, or null (see <see cref="Problem"/>).</summary>
    public static string? ConnectionString => Server.Value.ConnectionString;

    /// <summary>Why no server could be started.</summary>
    public static string? Problem => Server.Value.Problem;

    private static (string?, string?) Start()
    {
        var bin = Run("pg_config", ["--bindir"], asPostgres: false).Output.Trim();
        if (bin.Length == 0 || !File.Exists(Path.Combine(bin, "initdb")))
        {
            return (null, "PostgreSQL's server binaries were not found (pg_config --bindir)");
        }

        var root = Directory.CreateTempSubdirectory("dataplatform-test-postgres-").FullName;
        var asPostgres = Environment.UserName == "root";
        if (asPostgres && Run("chown", ["postgres", root], asPostgres: false).Exit != 0)
        {
            return (null, "running as root, and the postgres user cannot own a temporary folder");
        }

        var data = Path.Combine(root, "data");
        var port = FreePort();
        var init = Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], asPostgres);
        var start = init.Exit != 0 ? init : Run(
            Path.Combine(bin, "pg_ctl"),
            ["-D", data, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "-o",
             $"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
             "start"],
            asPostgres);
        if (start.Exit != 0)
        {
            return (null, $"a throwaway PostgreSQL server did not start: {start.Output.Trim()}");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "stop", "-m", "immediate"], asPostgres);
            Directory.Delete(root, recursive: true);
        };
        return ($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres", null);
    }

    private static (int Exit, string Output) Run(string command, string[] arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (asPostgres ? ["-u", "postgres", "--", command] : Array.Empty<string>()).Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output + error.Result);
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return (-1, exception.Message);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
