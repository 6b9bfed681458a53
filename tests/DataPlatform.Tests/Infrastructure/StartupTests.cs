using System.Net;
using System.Net.Http.Json;
using Dapper;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataPlatform.Tests.Infrastructure;

public abstract class StartupTests<TApp> : IAsyncLifetime
    where TApp : TestApp, new()
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "dataplatform-tests", Guid.NewGuid().ToString("N"), "nested", "data");

    [Fact]
    public async Task Creates_the_data_directory_with_an_owner_only_signing_key()
    {
        await using var app = NewApp();
        await app.RegisterAsync();

        Assert.True(Directory.Exists(Path.Combine(_dataDirectory, "artifacts")));
        var key = Path.Combine(_dataDirectory, JwtSigningKey.FileName);
        Assert.True(File.Exists(key));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key));
        }
    }

    [Fact]
    public async Task The_database_and_uploaded_files_are_readable_by_the_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var app = NewApp();
        var user = await app.RegisterAsync();
        await user.UploadAsync(await user.CreateProjectAsync());

        var ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Equal(ownerOnly | UnixFileMode.UserExecute, File.GetUnixFileMode(_dataDirectory));
        if (app.Database.Provider == "sqlite")
        {
            Assert.Equal(ownerOnly, File.GetUnixFileMode(Path.Combine(_dataDirectory, "dataplatform.db")));
            Assert.Equal(ownerOnly, File.GetUnixFileMode(Path.Combine(_dataDirectory, "dataplatform.db-wal")));
        }

        Assert.NotEmpty(app.ArtifactFiles());
        foreach (var file in app.ArtifactFiles())
        {
            Assert.Equal(ownerOnly, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task Files_an_earlier_version_left_readable_by_others_are_tightened_at_startup()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var first = NewApp(keepData: true);
        await first.RegisterAsync();
        await first.DisposeAsync();

        var database = Path.Combine(_dataDirectory, "dataplatform.db");
        var wide = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(_dataDirectory, wide | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        if (File.Exists(database))
        {
            File.SetUnixFileMode(database, wide);
        }

        await using var second = first.SecondInstance();
        await second.RegisterAsync();

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_dataDirectory));
        if (File.Exists(database))
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(database));
        }
    }

    [Fact]
    public async Task What_a_killed_process_left_is_removed_at_startup_and_a_running_instances_staging_is_kept()
    {
        await using var first = NewApp(keepData: true);
        var user = await first.RegisterAsync();
        var kept = await user.UploadAsync(await user.CreateProjectAsync());
        await first.DisposeAsync();
        var staging = Path.Combine(_dataDirectory, "artifacts", "tmp");
        // A process killed during an upload: its folder and its lock file, which nothing holds any more.
        var dead = Path.Combine(staging, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dead);
        await File.WriteAllTextAsync(Path.Combine(dead, "a.upload"), "half an upload");
        await File.WriteAllTextAsync(dead + ".lock", "");
        // A process killed during a delete: the rows are gone, the file is not.
        var orphan = Path.Combine(_dataDirectory, "artifacts", "ab", "cd", "abcd" + new string('0', 60));
        Directory.CreateDirectory(Path.GetDirectoryName(orphan)!);
        await File.WriteAllTextAsync(orphan, "no row refers to me");
        // An instance that is running: it holds its lock file.
        var alive = Path.Combine(staging, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(alive);
        await File.WriteAllTextAsync(Path.Combine(alive, "b.upload"), "an upload in progress");
        await using var held = new FileStream(alive + ".lock", FileMode.CreateNew, FileAccess.Write, FileShare.None);
        // Files that are not the store's (a desktop's folder notes, a name too short to be a hash) are left alone.
        var stray = new[] { Path.Combine(_dataDirectory, "artifacts", "ab", ".DS_Store"), Path.Combine(_dataDirectory, "artifacts", "ab", "x") };
        foreach (var file in stray)
        {
            await File.WriteAllTextAsync(file, "not an artifact");
        }

        await using var second = first.SecondInstance();
        await second.RegisterAsync();

        Assert.False(Directory.Exists(dead));
        Assert.False(File.Exists(dead + ".lock"));
        Assert.False(File.Exists(orphan));
        Assert.True(File.Exists(Path.Combine(alive, "b.upload")));
        Assert.All(stray, file => Assert.True(File.Exists(file)));
        Assert.Equal(HttpStatusCode.OK, (await second.WithToken(user.Token).GetAsync($"/api/datasets/{kept.Id("dataset_id")}/download")).StatusCode);
    }

    [Fact]
    public async Task Data_and_tokens_survive_a_restart()
    {
        await using var first = NewApp(keepData: true);
        var user = await first.RegisterAsync();
        var project = await user.CreateProjectAsync("Survivor");
        await first.DisposeAsync();

        await using var second = first.SecondInstance();
        var response = await second.WithToken(user.Token).GetAsync($"/api/projects/{project}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Survivor", (await response.ReadJsonAsync())["project"]!["name"]!.GetValue<string>());
        var login = await second.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = Api.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task A_configured_signing_key_is_used_instead_of_a_generated_one()
    {
        var key = Convert.ToBase64String(Enumerable.Range(0, 48).Select(i => (byte)i).ToArray());
        await using var app = NewApp().With("DataPlatform:Auth:JwtSigningKey", key);
        await app.RegisterAsync();

        Assert.False(File.Exists(Path.Combine(_dataDirectory, JwtSigningKey.FileName)));
        Assert.Equal(Convert.FromBase64String(key), app.Services.GetRequiredService<JwtSigningKey>().Key.Key);
    }

    [Fact]
    public async Task Every_migration_is_applied_once()
    {
        await using var app = NewApp();
        await app.RegisterAsync();

        await using var connection = await app.Database.OpenAsync(CancellationToken.None);
        var versions = (await connection.QueryAsync<int>("SELECT version FROM schema_version ORDER BY version")).ToList();
        Assert.Equal(Enumerable.Range(1, Migrator.Migrations.Count), versions);
    }

    [Fact]
    public async Task Reads_the_root_appsettings_json()
    {
        await using var app = NewApp();

        var configuration = app.Services.GetRequiredService<IConfiguration>();

        Assert.Equal("Warning", configuration["Logging:LogLevel:Microsoft.AspNetCore"]);
        Assert.Equal("1048576", configuration["DataPlatform:MaxJsonBodyBytes"]);
    }

    [Fact]
    public async Task Refuses_to_start_on_a_damaged_signing_key_file()
    {
        Directory.CreateDirectory(_dataDirectory);
        await File.WriteAllTextAsync(Path.Combine(_dataDirectory, JwtSigningKey.FileName), "not a key");
        await using var app = NewApp();

        var failure = Assert.ThrowsAny<Exception>(app.StartServer);

        Assert.Contains("signing key", Messages(failure), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DataPlatform:Auth:TokenLifetimeMinutes", "0")]
    [InlineData("DataPlatform:Auth:RateLimitPermits", "-1")]
    [InlineData("DataPlatform:MaxJsonBodyBytes", "10")]
    public async Task Refuses_to_start_on_a_setting_out_of_range(string key, string value)
    {
        await using var app = NewApp().With(key, value);

        var failure = Assert.ThrowsAny<Exception>(app.StartServer);

        Assert.Contains(key, Messages(failure), StringComparison.Ordinal);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var root = Path.GetFullPath(Path.Combine(_dataDirectory, "..", ".."));
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    private static string Messages(Exception exception) =>
        string.Join(" | ", Enumerable.Repeat(exception, 1).Concat(exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : [])
            .SelectMany(e => new[] { e, e.InnerException }).OfType<Exception>().Select(e => e.Message));

    protected TestApp NewApp(bool keepData = false) => new TApp { KeepData = keepData }.With(TestApp.DataDirectoryKey, _dataDirectory).RequireDatabase();
}

public sealed class StartupTestsOnSqlite : StartupTests<SqliteApp>
{
    [Fact]
    public async Task Keeps_the_database_in_the_data_directory_with_WAL_and_foreign_keys_on()
    {
        await using var app = NewApp();
        await app.RegisterAsync();

        var sqlite = Assert.IsType<SqliteDatabase>(app.Database);
        Assert.Equal(Path.Combine(app.DataDirectory, "dataplatform.db"), sqlite.Location);
        await using var connection = await app.Database.OpenAsync(CancellationToken.None);
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("PRAGMA foreign_keys"));
    }
}

public sealed class StartupTestsOnPostgres : StartupTests<PostgresApp>
{
    [Fact]
    public async Task Uses_PostgreSQL_when_a_connection_string_is_configured()
    {
        await using var app = NewApp();
        await app.RegisterAsync();

        Assert.IsType<PostgresDatabase>(app.Database);
        Assert.False(File.Exists(Path.Combine(app.DataDirectory, "dataplatform.db")));
    }
}
