using System.Text.RegularExpressions;
using DataPlatform.Domain.Timeline;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Features.Platform.Timeline;

/// <summary>The typed events have the names features.md documents, no more and no fewer.</summary>
public sealed partial class TimelineWireTests
{
    [Fact]
    public void Every_subject_and_action_is_the_one_features_md_documents()
    {
        var table = File.ReadAllLines(Path.Combine(Repository.Root, "features.md"))
            .SkipWhile(line => !line.StartsWith("| type | action |", StringComparison.Ordinal))
            .Skip(2)
            .TakeWhile(line => line.StartsWith('|'))
            .Select(line => line.Split('|'))
            .ToList();

        Assert.Equal(Names(table.Select(cells => cells[1])), TimelineWire.Types.Order(StringComparer.Ordinal));
        Assert.Equal(Names(table.Select(cells => cells[2])), TimelineWire.Actions.Order(StringComparer.Ordinal));
        Assert.Equal("role_changed", TimelineAction.RoleChanged.ToWire());
        Assert.Equal("version_added", TimelineAction.VersionAdded.ToWire());
    }

    private static IEnumerable<string> Names(IEnumerable<string> cells) =>
        cells.SelectMany(cell => Quoted().Matches(cell).Select(m => m.Groups[1].Value)).Distinct().Order(StringComparer.Ordinal);

    [GeneratedRegex("`([a-z_]+)`")]
    private static partial Regex Quoted();
}
