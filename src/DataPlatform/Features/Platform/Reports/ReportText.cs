using System.Globalization;

namespace DataPlatform.Features.Platform.Reports;

/// <summary>How reports write numbers and text: invariant culture, compact, and bounded in length.</summary>
public static class ReportText
{
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Up to 6 significant digits; a dash for an undefined figure.</summary>
    public static string Number(double? value) => value is { } v ? v.ToString("G6", CultureInfo.InvariantCulture) : "–";

    public static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A correlation, two decimals; a dash when undefined.</summary>
    public static string Correlation(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    public static string Timestamp(DateTime moment) => moment.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>A percentage from 0 to 100.</summary>
    public static string Percent(double percent) => percent.ToString(percent is > 0 and < 1 ? "0.##" : "0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>An SVG coordinate.</summary>
    public static string Svg(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KiB",
        < 1024L * 1024 * 1024 => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MiB",
        _ => (bytes / (1024.0 * 1024 * 1024)).ToString("0.##", CultureInfo.InvariantCulture) + " GiB",
    };

    /// <summary>At most <paramref name="length"/> characters, an ellipsis marking the cut.</summary>
    public static string Short(string text, int length = ProfileReportPages.ShortText) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");

    /// <summary>A cell of the first rows.</summary>
    public static string Value(object? value) => value switch
    {
        null => "",
        double d => Number(d),
        float f => Number(f),
        bool b => b ? "true" : "false",
        DateTime t => t.ToString(t.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Short(value.ToString() ?? ""),
    };
}
