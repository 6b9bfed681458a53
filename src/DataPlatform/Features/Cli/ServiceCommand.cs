using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace DataPlatform.Features.Cli;

/// <summary>
/// What the executable does with its arguments before it becomes the web service: <c>--help</c> and
/// <c>--version</c> answer and exit; a port already in use is said in one line before anything starts.
/// </summary>
public static class ServiceCommand
{
    public static string Version { get; } =
        typeof(ServiceCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    /// <summary>Handles <c>--help</c>, <c>-h</c>, <c>help</c> and <c>--version</c>; null when the service should start.</summary>
    public static int? Answer(string[] args, TextWriter output)
    {
        if (args.Length == 1 && args[0] is "--version" or "-v" or "version")
        {
            output.WriteLine($"DataPlatform {Version} (.NET {Environment.Version})");
            return 0;
        }

        if (args.Any(a => a is "--help" or "-h" or "-?" or "help"))
        {
            output.WriteLine(
                $"""
                DataPlatform {Version}: a self-hosted data platform (projects, versioned datasets profiled on upload,
                experiments, models, lineage), one process with an embedded database.

                Usage:
                  DataPlatform [--urls URLS] [--Key=value ...]   start the service
                  DataPlatform profile FILE                      profile a CSV or Parquet file and print its statistics
                  DataPlatform --version                         print the version
                  DataPlatform --help                            print this help

                Main settings (command line, DataPlatform__Key environment variables, or appsettings.json):
                  --urls http://localhost:5000                 where to listen (e.g. --urls http://0.0.0.0:8080)
                  --DataPlatform:DataDirectory=data            the database, uploaded files and signing key
                                                               (relative to the working directory; created if missing)
                  --ConnectionStrings:DataPlatform="Host=..."  PostgreSQL instead of the embedded SQLite database
                  --DataPlatform:MaxDatasetUploadBytes=524288000   largest dataset file (also MAX_DATASET_UPLOAD_BYTES)
                  --DataPlatform:Auth:AllowRegistration=false  only the first user may register

                Once started: the API reference is at /docs, the OpenAPI documents at /openapi/platform.json,
                /openapi/tracker.json and /openapi/spaces.json. Every setting is in the README.
                """);
            return 0;
        }

        return null;
    }

    /// <summary>
    /// The addresses of <paramref name="urls"/> (<c>--urls</c>; Kestrel's default when empty) that
    /// another program already listens on, tried before anything starts, so that a taken port is one
    /// line instead of a host that fails half-way with a stack trace.
    /// </summary>
    public static IReadOnlyList<string> TakenAddresses(string? urls)
    {
        var taken = new List<string>();
        foreach (var url in (string.IsNullOrWhiteSpace(urls) ? "http://localhost:5000" : urls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Parse(url) is not { Port: > 0 } address)
            {
                continue;
            }

            IPAddress[] hosts = address.Host switch
            {
                "localhost" => [IPAddress.Loopback],
                "*" or "+" or "0.0.0.0" or "[::]" => [IPAddress.Any],
                _ => IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip) ? [ip] : [],
            };
            if (hosts.Any(host => !CanListen(host, address.Port)))
            {
                taken.Add(url);
            }
        }

        return taken;
    }

    /// <summary>The one line said when an address is taken.</summary>
    public static string AddressInUse(IEnumerable<string> urls) =>
        $"Cannot listen on {string.Join(", ", urls)}: another program uses that port (is DataPlatform already running?). "
        + "Stop it, or choose another port, e.g. --urls http://localhost:5001.";

    /// <summary>The address, or null for one Kestrel will refuse itself with its own message.</summary>
    private static BindingAddress? Parse(string url)
    {
        try
        {
            return BindingAddress.Parse(url);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static bool CanListen(IPAddress host, int port)
    {
        try
        {
            using var socket = new Socket(host.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            // As Kestrel binds on Linux and macOS: a port only held by closed connections is free.
            if (!OperatingSystem.IsWindows())
            {
                socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            }

            socket.Bind(new IPEndPoint(host, port));
            socket.Listen();
            return true;
        }
        catch (SocketException exception) when (exception.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied)
        {
            return false;
        }
    }
}
