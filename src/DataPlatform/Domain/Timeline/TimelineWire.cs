using System.Text.Json;

namespace DataPlatform.Domain.Timeline;

/// <summary>The names events are stored and answered with: <c>dataset</c>, <c>version_added</c>.</summary>
public static class TimelineWire
{
    private static readonly string[] Subjects = Enum.GetNames<TimelineSubject>().Select(JsonNamingPolicy.SnakeCaseLower.ConvertName).ToArray();

    private static readonly string[] ActionNames = Enum.GetNames<TimelineAction>().Select(JsonNamingPolicy.SnakeCaseLower.ConvertName).ToArray();

    /// <summary>Every subject's wire name (an import accepts no other).</summary>
    public static IReadOnlyList<string> Types => Subjects;

    /// <summary>Every action's wire name (an import accepts no other).</summary>
    public static IReadOnlyList<string> Actions => ActionNames;

    public static string ToWire(this TimelineSubject subject) => Subjects[(int)subject];

    /// <summary>The subject named <paramref name="wire"/> (one of <see cref="Types"/>).</summary>
    public static TimelineSubject SubjectOf(string wire) => (TimelineSubject)Array.IndexOf(Subjects, wire);

    /// <summary>The action named <paramref name="wire"/> (one of <see cref="Actions"/>).</summary>
    public static TimelineAction ActionOf(string wire) => (TimelineAction)Array.IndexOf(ActionNames, wire);

    public static string ToWire(this TimelineAction action) => ActionNames[(int)action];
}
