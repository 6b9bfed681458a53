using System.Diagnostics;
using DataPlatform.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DataPlatform.Tests.Contract;

/// <summary>Clients generated from the documents must compile: the contract is usable, not just valid JSON.</summary>
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

        await RunNSwagAsync(
            ["openapi2csclient", $"/input:{documentPath}", $"/output:{clientPath}", $"/namespace:Generated.{surface}", "/jsonLibrary:SystemTextJson", "/generateClientInterfaces:true"],
            cancellationToken);
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

    public void Dispose() => Directory.Delete(_workDirectory, recursive: true);

    private static async Task RunNSwagAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Repository.NSwagTool);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        Assert.True(process.ExitCode == 0, $"nswag exited with {process.ExitCode}: {await output} {await error}");
    }
}
