namespace DataPlatform.Infrastructure.Data;

/// <summary>Makes user text literal inside a LIKE pattern written with <c>ESCAPE '\'</c>.</summary>
public static class LikePattern
{
    public static string Escape(string text) => text.Replace(@"\", @"\\", StringComparison.Ordinal)
        .Replace("%", @"\%", StringComparison.Ordinal)
        .Replace("_", @"\_", StringComparison.Ordinal);
}
