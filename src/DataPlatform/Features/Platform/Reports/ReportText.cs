using System.Buffers;
using System.Globalization;
using System.Text;

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

    /// <summary>At most <paramref name="length"/> characters, an ellipsis marking the cut; direction controls shown (see <see cref="Visible"/>).</summary>
    public static string Short(string text, int length = ProfileReportPages.ShortText) =>
        Visible(text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…"));

    /// <summary>
    /// The text with its invisible direction controls (U+202E and the like, which would reverse what
    /// follows them on the page, names and messages included) written out as <c>[U+202E]</c>.
    /// </summary>
    public static string Visible(string text)
    {
        if (text.AsSpan().IndexOfAny(DirectionControls) < 0)
        {
            return text;
        }

        var visible = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (DirectionControls.Contains(c))
            {
                visible.Append(CultureInfo.InvariantCulture, $"[U+{(int)c:X4}]");
            }
            else
            {
                visible.Append(c);
            }
        }

        return visible.ToString();
    }

    private static readonly SearchValues<char> DirectionControls = SearchValues.Create("\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

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
