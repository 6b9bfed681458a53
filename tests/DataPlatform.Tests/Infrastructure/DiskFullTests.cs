using System.Diagnostics;
using System.Net;
using System.Text;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Infrastructure;

/// <summary>
/// A data folder on a 4 MiB file system: an upload that does not fit is 507 with the envelope, is
/// logged, and leaves nothing behind. Mounting needs root on Linux (as in CI); elsewhere it is skipped.
/// </summary>
public abstract class DiskFullTests<TApp> : IAsyncLifetime
    where TApp : TestApp, new()
{
    private readonly string _mount = Path.Combine(Path.GetTempPath(), "dataplatform-tests", "full-" + Guid.NewGuid().ToString("N"));
    private TestApp? _app;

    public ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_mount);
        if (!OperatingSystem.IsLinux() || Run("mount", $"-t tmpfs -o size=4m tmpfs {_mount}") != 0)
        {
            Assert.Skip("Mounting a small tmpfs needs root on Linux.");
        }

        _app = new TApp().With(TestApp.DataDirectoryKey, Path.Combine(_mount, "data")).RequireDatabase();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task An_upload_that_does_not_fit_is_507_and_leaves_nothing_behind()
    {
        var app = _app!;
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        var csv = new StringBuilder("id,text\n");
        for (var i = 0; csv.Length < 6 * 1024 * 1024; i++)
        {
            csv.Append(i).Append(",some text that fills the disk\n");
        }

        var response = await owner.PostUploadAsync(project, "Too big for the disk", csv.ToString());

        var message = await response.AssertErrorAsync(HttpStatusCode.InsufficientStorage);
        Assert.Contains("no space left", message, StringComparison.Ordinal);
        Assert.Empty(app.ArtifactFiles());
        Assert.Equal(0, (await (await owner.Client.GetAsync($"/api/datasets?project_id={project}")).ReadJsonAsync())["total"]!.GetValue<int>());
        var small = await owner.PostUploadAsync(project, "Fits", "a,b\n1,2\n");
        Assert.Equal(HttpStatusCode.Created, small.StatusCode);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            Run("umount", _mount);
        }

        Directory.Delete(_mount, recursive: true);
    }

    private static int Run(string command, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}

public sealed class DiskFullTestsOnSqlite : DiskFullTests<SqliteApp>;

public sealed class DiskFullTestsOnPostgres : DiskFullTests<PostgresApp>;
