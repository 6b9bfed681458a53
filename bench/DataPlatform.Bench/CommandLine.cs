namespace DataPlatform.Bench;

/// <summary>The benchmark commands' arguments: <c>--name value</c> options, then the command that starts the service.</summary>
internal static class CommandLine
{
    /// <summary>
    /// Hands each leading <c>--name value</c> pair to its setter in <paramref name="options"/>; returns the
    /// arguments after them (the service command), or null for an unknown option or no command.
    /// </summary>
    public static string[]? Parse(string[] args, IReadOnlyDictionary<string, Action<string>> options)
    {
        var i = 0;
        for (; i < args.Length - 1 && args[i].StartsWith("--", StringComparison.Ordinal); i += 2)
        {
            if (!options.TryGetValue(args[i], out var set))
            {
                return null;
            }

            set(args[i + 1]);
        }

        return i < args.Length ? args[i..] : null;
    }

    public static int Integer(string value) => int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
