using System.Reflection;
using DataPlatform.Tests.Support;
using FluentValidation;
using Mediator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataPlatform.Tests.Architecture;

/// <summary>Keeps the vertical-slice shape honest (architecture.md, "One endpoint = one folder").</summary>
public sealed class SliceTests
{
    private static readonly Type[] Messages = typeof(Program).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMessage).IsAssignableFrom(t))
        .ToArray();

    [Fact]
    public void No_slice_uses_a_type_declared_in_another_slice()
    {
        var slices = SliceSources();
        // Private nested types cannot be used outside their slice, so they own no name: a slice's own
        // DatasetOwner row may share its name with another slice's or with a shared type.
        var owners = slices
            .SelectMany(slice => slice.Value.SelectMany(DeclaredTypes).Select(type => (type, slice: slice.Key)))
            .GroupBy(x => x.type, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.slice).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        var violations = new List<string>();
        foreach (var (slice, files) in slices)
        {
            foreach (var file in files)
            {
                var used = file.GetRoot().DescendantNodes().OfType<IdentifierNameSyntax>().Select(i => i.Identifier.ValueText);
                violations.AddRange(used
                    .Where(name => owners.TryGetValue(name, out var declaredIn) && !declaredIn.Contains(slice))
                    .Distinct(StringComparer.Ordinal)
                    .Select(name => $"{Path.GetFileName(file.FilePath)} in {slice} uses {name} from {string.Join(", ", owners[name])}"));
            }
        }

        Assert.True(slices.Count >= 15, $"only {slices.Count} slices found");
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    /// <summary>Requests that carry only ids from the route need none: the access check answers an unknown id with 404.</summary>
    [Fact]
    public void Every_request_with_input_has_a_validator_in_its_slice()
    {
        var validated = typeof(Program).Assembly.GetTypes()
            .Select(t => t.BaseType)
            .Where(b => b is { IsGenericType: true } && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            .Select(b => b!.GetGenericArguments()[0])
            .ToHashSet();
        var validatorNamespaces = typeof(Program).Assembly.GetTypes()
            .Where(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            .ToDictionary(t => t.BaseType!.GetGenericArguments()[0], t => t.Namespace);

        var missing = Messages
            .Where(m => m.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => p.PropertyType != typeof(Guid)))
            .Where(m => !validated.Contains(m) || validatorNamespaces[m] != m.Namespace)
            .Select(m => m.FullName)
            .ToList();

        Assert.True(Messages.Length >= 15, $"only {Messages.Length} requests found");
        Assert.True(missing.Count == 0, "Requests without a validator in their own folder: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_request_is_named_for_its_use_case_and_handled_in_its_slice()
    {
        var handlers = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericArguments().Length == 2
                && (i.GetGenericTypeDefinition() == typeof(ICommandHandler<,>) || i.GetGenericTypeDefinition() == typeof(IQueryHandler<,>)))
                .Select(i => (handler: t, request: i.GetGenericArguments()[0])))
            .ToList();

        foreach (var message in Messages)
        {
            Assert.EndsWith("Request", message.Name, StringComparison.Ordinal);
            var useCase = message.Name[..^"Request".Length];
            Assert.EndsWith("." + useCase, message.Namespace, StringComparison.Ordinal);
            var (handler, _) = Assert.Single(handlers, h => h.request == message);
            Assert.Equal(useCase + "Handler", handler.Name);
            Assert.Equal(message.Namespace, handler.Namespace);
        }
    }

    /// <summary>Folders under Features/ that hold a *Request.cs, with their parsed files.</summary>
    private static Dictionary<string, List<SyntaxTree>> SliceSources()
    {
        var features = Path.Combine(Repository.SourceOf("DataPlatform"), "Features");
        return Directory.EnumerateFiles(features, "*Request.cs", SearchOption.AllDirectories)
            .Select(Path.GetDirectoryName)
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(
                directory => Path.GetRelativePath(features, directory!),
                directory => Directory.EnumerateFiles(directory!, "*.cs")
                    .Select(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file))
                    .ToList(),
                StringComparer.Ordinal);
    }

    private static IEnumerable<string> DeclaredTypes(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>()
            .Where(t => !t.Modifiers.Any(m => m.IsKind(SyntaxKind.PrivateKeyword)))
            .Select(t => t.Identifier.ValueText);
}
