using System.Net;
using DataPlatform.Infrastructure.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataPlatform.Tests.Support;

/// <summary>
/// The service in-process with its own data directory. Each test class gets its own instance
/// (class fixture); tests inside a class create their own users and projects.
/// </summary>
public class TestApp : WebApplicationFactory<Program>
{
    /// <summary>Requests carrying this header appear to come from that client address.</summary>
    public const string ClientAddressHeader = "X-Test-Client-Address";

    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal)
    {
        ["DataPlatform:Auth:RateLimitPermits"] = "100000",
    };

    public TestApp()
    {
        _settings[DataDirectoryKey] = Path.Combine(Path.GetTempPath(), "dataplatform-tests", Guid.NewGuid().ToString("N"));
        // A real Kestrel on a free loopback port: request limits (413, 431) are Kestrel's, not the test server's.
        UseKestrel(0);
    }

    public const string DataDirectoryKey = "DataPlatform:DataDirectory";

    /// <summary>Where this app keeps its data; set it with <see cref="With"/> to restart on existing data.</summary>
    public string DataDirectory => _settings[DataDirectoryKey]!;

    /// <summary>When true, disposing leaves the data directory for another app instance to open.</summary>
    public bool KeepData { get; init; }

    /// <summary>Sets a configuration key before the app starts (e.g. <c>DataPlatform:Auth:AllowRegistration</c>).</summary>
    public TestApp With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public Database Database => Services.GetRequiredService<Database>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(_settings));
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!KeepData && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(ClientAddressHeader, out var address))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
