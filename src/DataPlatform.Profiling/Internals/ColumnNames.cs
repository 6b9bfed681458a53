using System.Globalization;

namespace DataPlatform.Profiling.Internals;

/// <summary>Column names as pandas makes them: "Unnamed: i" for an empty header, "name.1", "name.2" for repeats.</summary>
internal static class ColumnNames
{
    public static string[] Mangle(IReadOnlyList<string> headers)
    {
        var names = new string[headers.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // The next suffix to try for each repeated name, so that 10,000 equal headers take 10,000 steps, not 50 million.
        var nextSuffix = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var name = string.IsNullOrEmpty(headers[i]) ? string.Create(CultureInfo.InvariantCulture, $"Unnamed: {i}") : headers[i];
            var candidate = name;
            var n = nextSuffix.GetValueOrDefault(name, 1);
            while (!seen.Add(candidate))
            {
                candidate = string.Create(CultureInfo.InvariantCulture, $"{name}.{n++}");
            }

            nextSuffix[name] = n;
            names[i] = candidate;
        }

        return names;
    }
}
