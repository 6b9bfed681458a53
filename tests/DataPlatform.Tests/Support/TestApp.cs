using System.Net;
using DataPlatform.Infrastructure.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataPlatform.Tests.Support;

/// <summary>
/// The service on a real Kestrel (free loopback port) with its own data directory and store. Each
/// test class gets its own instance (class fixture); tests inside a class create their own users and
/// projects. <see cref="SqliteApp"/> and <see cref="PostgresApp"/> choose the database.
/// </summary>
public abstract class TestApp : WebApplicationFactory<Program>
{
    public const string DataDirectoryKey = "DataPlatform:DataDirectory";

    /// <summary>Requests carrying this header appear to come from that client address.</summary>
    public const string ClientAddressHeader = "X-Test-Client-Address";

    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal)
    {
        ["DataPlatform:Auth:RateLimitPermits"] = "100000",
    };

    protected TestApp()
    {
        _settings[DataDirectoryKey] = Path.Combine(Path.GetTempPath(), "dataplatform-tests", Guid.NewGuid().ToString("N"));
        // Request limits (413, 431) are Kestrel's, not the in-memory test server's.
        UseKestrel(0);
    }

    /// <summary>Where this app keeps its files; set it with <see cref="With"/> to start on existing data.</summary>
    public string DataDirectory => _settings[DataDirectoryKey]!;

    /// <summary>When true, disposing leaves the data (directory and database) for another app to open.</summary>
    public bool KeepData { get; init; }

    public Database Database => Services.GetRequiredService<Database>();

    /// <summary>Sets a configuration key before the app starts (e.g. <c>DataPlatform:Auth:AllowRegistration</c>).</summary>
    public TestApp With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Called by each test class's constructor: skips (or, in CI, fails) when the database is not available here.</summary>
    public virtual TestApp RequireDatabase() => this;

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
        if (!KeepData)
        {
            if (Directory.Exists(DataDirectory))
            {
                Directory.Delete(DataDirectory, recursive: true);
            }

            DropStore();
        }
    }

    /// <summary>Removes the app's database when it lives outside the data directory.</summary>
    protected virtual void DropStore()
    {
    }

    /// <summary>Another instance of the service on this one's data directory and database, as when several run behind a load balancer.</summary>
    public abstract TestApp SecondInstance();

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

/// <summary>The embedded default: SQLite in the data directory.</summary>
public sealed class SqliteApp : TestApp
{
    public override TestApp SecondInstance() => new SqliteApp().With(DataDirectoryKey, DataDirectory);
}

/// <summary>
/// The service on a fresh PostgreSQL database of its own, created on the server named by
/// <c>DATAPLATFORM_TEST_POSTGRES</c> (an Npgsql connection string with rights to create databases;
/// <c>.ci/run</c> starts such a server and sets it), or else on a <see cref="ThrowawayPostgres"/>.
/// </summary>
public sealed class PostgresApp : TestApp
{
    public const string ServerVariable = "DATAPLATFORM_TEST_POSTGRES";

    /// <summary>The server <c>DATAPLATFORM_TEST_POSTGRES</c> names, or a throwaway one started for this run.</summary>
    private static readonly string? ServerConnectionString =
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } configured ? configured : ThrowawayPostgres.ConnectionString;
    private readonly string? _databaseName;

    public PostgresApp()
        : this(existingDatabase: null)
    {
    }

    private PostgresApp(string? existingDatabase)
    {
        if (string.IsNullOrWhiteSpace(ServerConnectionString))
        {
            return;
        }

        _databaseName = existingDatabase ?? $"dataplatform_test_{Guid.NewGuid():N}";
        if (existingDatabase is null)
        {
            Admin($"CREATE DATABASE {_databaseName}");
        }

        ConnectionString = new Npgsql.NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _databaseName }.ToString();
        With($"ConnectionStrings:{DatabaseSetup.ConnectionStringName}", ConnectionString);
    }

    public string? ConnectionString { get; }

    public override TestApp SecondInstance() => new PostgresApp(_databaseName).With(DataDirectoryKey, DataDirectory);

    public override TestApp RequireDatabase()
    {
        RequireServer();
        return this;
    }

    /// <summary>Skips the calling test (fails it in CI) when no PostgreSQL server is configured.</summary>
    public static void RequireServer()
    {
        if (!string.IsNullOrWhiteSpace(ServerConnectionString))
        {
            return;
        }

        var reason = $"No PostgreSQL server to test against: {ThrowawayPostgres.Problem}. Install PostgreSQL 13 or newer, or set {ServerVariable}; see the README.";
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Assert.Fail(reason);
        }

        Assert.Skip(reason);
    }

    protected override void DropStore()
    {
        if (_databaseName is not null)
        {
            Admin($"DROP DATABASE IF EXISTS {_databaseName} WITH (FORCE)");
        }
    }

    private static void Admin(string sql)
    {
        using var connection = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(ServerConnectionString) { Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
