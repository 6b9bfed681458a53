using System.Globalization;

namespace DataPlatform.Profiling.Internals;

/// <summary>Column names as pandas makes them: "Unnamed: i" for an empty header, "name.1", "name.2" for repeats.</summary>
internal static class ColumnNames
{
    public static string[] Mangle(IReadOnlyList<string> headers)
    {
        var names = new string[headers.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var name = string.IsNullOrEmpty(headers[i]) ? string.Create(CultureInfo.InvariantCulture, $"Unnamed: {i}") : headers[i];
            var candidate = name;
            for (var n = 1; !seen.Add(candidate); n++)
            {
                candidate = string.Create(CultureInfo.InvariantCulture, $"{name}.{n}");
            }

            names[i] = candidate;
        }

        return names;
    }
}
