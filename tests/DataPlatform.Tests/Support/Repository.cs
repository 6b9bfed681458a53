using System.Reflection;

namespace DataPlatform.Tests.Support;

/// <summary>Paths the build recorded into the test assembly.</summary>
public static class Repository
{
    public static string Root => Metadata("RepositoryRoot");

    public static string NSwagTool => Metadata("NSwagTool");

    public static string SourceOf(string project) => Path.Combine(Root, "src", project);

    private static string Metadata(string key) =>
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is missing.");
}
