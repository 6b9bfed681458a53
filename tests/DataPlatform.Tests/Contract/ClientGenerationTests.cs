using System.ComponentModel;
using System.Diagnostics;
using DataPlatform.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DataPlatform.Tests.Contract;

/// <summary>
/// Clients generated from the documents must compile: the contract is usable, not just valid JSON.
/// NSwag's C# client, and openapi-typescript's TypeScript types with a typed usage file compiled by
/// <c>tsc --strict</c> (tests/clients/typescript).
/// </summary>
public sealed class ClientGenerationTests(SqliteApp app) : IClassFixture<SqliteApp>, IDisposable
{
    private readonly string _workDirectory = Directory.CreateTempSubdirectory("dataplatform-client-").FullName;

    [Theory]
    [InlineData("platform", "RegisterAsync")]
    [InlineData("tracker", null)]
    [InlineData("spaces", null)]
    public async Task A_CSharp_client_generated_by_NSwag_compiles(string surface, string? expectedOperation)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var documentPath = Path.Combine(_workDirectory, $"{surface}.json");
        var clientPath = Path.Combine(_workDirectory, $"{surface}.cs");
        await File.WriteAllTextAsync(documentPath, await app.Anonymous().GetStringAsync($"/openapi/{surface}.json", cancellationToken), cancellationToken);

        var (exitCode, output) = await RunAsync(
            "dotnet",
            [Repository.NSwagTool, "openapi2csclient", $"/input:{documentPath}", $"/output:{clientPath}", $"/namespace:Generated.{surface}", "/jsonLibrary:SystemTextJson", "/generateClientInterfaces:true"],
            _workDirectory,
            cancellationToken);
        Assert.True(exitCode == 0, $"nswag exited with {exitCode}: {output}");
        var code = await File.ReadAllTextAsync(clientPath, cancellationToken);

        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            $"Generated{surface}",
            [CSharpSyntaxTree.ParseText(code, cancellationToken: cancellationToken)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var errors = compilation.GetDiagnostics(cancellationToken)
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString())
            .ToList();

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(20)));
        if (expectedOperation is not null)
        {
            Assert.Contains(expectedOperation, code, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_TypeScript_client_generated_by_openapi_typescript_compiles_in_strict_mode()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var checkFolder = Path.Combine(Repository.Root, "tests", "clients", "typescript");
        await RequireNodePackagesAsync(checkFolder, cancellationToken);
        foreach (var surface in new[] { "platform", "tracker", "spaces" })
        {
            var document = await app.Anonymous().GetStringAsync($"/openapi/{surface}.json", cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(_workDirectory, $"{surface}.json"), document, cancellationToken);
        }

        var (exitCode, output) = await RunAsync("node", [Path.Combine(checkFolder, "check.mjs"), _workDirectory], checkFolder, cancellationToken);

        Assert.True(exitCode == 0, output);
        Assert.Contains("Blob", await File.ReadAllTextAsync(Path.Combine(_workDirectory, "generated", "platform.ts"), cancellationToken), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_workDirectory, recursive: true);

    /// <summary>
    /// Installs the pinned openapi-typescript and typescript (npm ci) when they are missing or older
    /// than the lock file. Skips the test without Node.js, and fails it in CI.
    /// </summary>
    private static async Task RequireNodePackagesAsync(string checkFolder, CancellationToken cancellationToken)
    {
        var installed = Path.Combine(checkFolder, "node_modules", ".package-lock.json");
        if (File.Exists(installed) && File.GetLastWriteTimeUtc(installed) >= File.GetLastWriteTimeUtc(Path.Combine(checkFolder, "package-lock.json")))
        {
            return;
        }

        try
        {
            var (exitCode, output) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], checkFolder, cancellationToken);
            Assert.True(exitCode == 0, $"npm ci in {checkFolder} exited with {exitCode}: {output}");
        }
        catch (Win32Exception)
        {
            const string reason = "Node.js (node and npm) is needed to check the TypeScript client; install it (.ci/run does).";
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            {
                Assert.Fail(reason);
            }

            Assert.Skip(reason);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, IEnumerable<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, $"{await output}{await error}");
    }
}
