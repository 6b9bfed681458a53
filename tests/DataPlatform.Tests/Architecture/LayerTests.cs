using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Architecture;

/// <summary>
/// The layers of the service, as the README's development section describes them: <c>Features/</c> holds
/// the slices of each surface and its shapes, <c>Domain/</c> the rules and writes the surfaces share,
/// <c>Infrastructure/</c> the plumbing. Each rule here is read from the source files.
/// </summary>
public sealed partial class LayerTests
{
    private static readonly string Service = Repository.SourceOf("DataPlatform");

    [Fact]
    public void Every_source_file_declares_one_type_named_after_it()
    {
        var problems = new List<string>();
        foreach (var project in new[] { "DataPlatform", "DataPlatform.Profiling" })
        {
            foreach (var file in SourceFiles(Repository.SourceOf(project)).Where(f => Path.GetFileName(f) != "Program.cs"))
            {
                var types = TopLevelType().Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value).ToList();
                if (types.Count != 1 || types[0] != Path.GetFileNameWithoutExtension(file))
                {
                    problems.Add($"{Path.GetRelativePath(Repository.Root, file)}: [{string.Join(", ", types)}]");
                }
            }
        }

        Assert.True(problems.Count == 0, "One top-level type per file, named after it:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Infrastructure_is_plumbing_and_knows_neither_the_surfaces_nor_the_domain()
    {
        Assert.Empty(Offending("Infrastructure", f => Mentions(f, "DataPlatform.Features") || Mentions(f, "DataPlatform.Domain")));
    }

    [Fact]
    public void The_domain_serves_every_surface_and_knows_none()
    {
        Assert.Empty(Offending("Domain", f => Mentions(f, "DataPlatform.Features")));
    }

    /// <summary>
    /// A command writes in the request's one transaction (<c>DatabaseSession.TransactionAsync</c>), which the
    /// pipeline commits; a query reads consistently with <c>SnapshotAsync</c>. No slice opens a connection
    /// or manages a transaction of its own.
    /// </summary>
    [Fact]
    public void No_slice_opens_a_connection_or_manages_a_transaction()
    {
        Assert.Empty(Offending("Features", f => ManagesItsOwn().IsMatch(File.ReadAllText(f))));
    }

    /// <summary>
    /// One writer per table: each table's rows are inserted from one file, whichever surface creates
    /// them (the entities every surface writes have theirs in <c>Domain/</c>: <c>DatasetWriter</c>,
    /// <c>VersionWriter</c>, <c>ExperimentWriter</c>, <c>ModelWriter</c>, ...).
    /// </summary>
    [Fact]
    public void Every_table_is_inserted_into_from_one_file()
    {
        var writers = SourceFiles(Service)
            .SelectMany(f => InsertInto().Matches(File.ReadAllText(f)).Select(m => (Table: m.Groups["table"].Value, File: Path.GetRelativePath(Service, f))))
            .Distinct()
            .GroupBy(w => w.Table)
            .ToList();

        Assert.True(writers.Count >= 14, $"only {writers.Count} tables are written");
        Assert.Empty(writers.Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(w => w.File))}"));
    }

    [Fact]
    public void Each_table_is_read_as_one_row_type_in_the_domain()
    {
        var rows = typeof(Program).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Row", StringComparison.Ordinal) && !t.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false))
            .ToList();
        var problems = rows
            .Where(t => t.Namespace?.StartsWith("DataPlatform.Domain.", StringComparison.Ordinal) != true || t.IsNested || TableOf(t) is null)
            .Select(t => $"{t.FullName}: a row type is a top-level type in Domain/ that names its table (const Table)")
            .Concat(rows.Where(t => TableOf(t) is not null).GroupBy(TableOf).Where(g => g.Count() > 1)
                .Select(g => $"{g.Key}: read as {string.Join(", ", g.Select(t => t.Name))}"))
            .ToList();

        Assert.NotEmpty(rows);
        Assert.True(problems.Count == 0, "One row type per table, in Domain/:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    private static string? TableOf(Type row) =>
        row.GetField("Table", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field ? (string?)field.GetRawConstantValue() : null;

    /// <summary>The files under <paramref name="folder"/> that break a rule, relative to the project (a failure names them).</summary>
    private static List<string> Offending(string folder, Func<string, bool> breaksRule) =>
        SourceFiles(Path.Combine(Service, folder)).Where(breaksRule).Select(f => Path.GetRelativePath(Service, f)).ToList();

    private static IEnumerable<string> SourceFiles(string root) =>
        Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static bool Mentions(string file, string ns) => Regex.IsMatch(File.ReadAllText(file), $@"\b{Regex.Escape(ns)}\b");

    [GeneratedRegex(@"^(?:public|internal|file)(?: (?:sealed|static|abstract|partial|readonly|unsafe))* (?:class|record(?: struct)?|struct|interface|enum) (?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();

    [GeneratedRegex(@"\bINSERT INTO (?<table>[a-z_]+)")]
    private static partial Regex InsertInto();

    [GeneratedRegex(@"\bBeginTransaction(Async)?\(|\btransaction\.(Commit|Rollback)Async\(|\bdatabase\.OpenAsync\(")]
    private static partial Regex ManagesItsOwn();
}
