using System.Globalization;
using System.Text;

namespace DataPlatform.Infrastructure.Text;

/// <summary>URL-safe identifiers derived from names: lower-case ASCII letters, digits and single dashes.</summary>
public static class Slugs
{
    public const int MaxLength = 48;

    public static string FromText(string text, string fallback)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }

            if (builder.Length >= MaxLength)
            {
                break;
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? fallback : slug;
    }

    /// <summary>The slug itself if free, else the first of <c>slug-2</c>, <c>slug-3</c>, ... not in <paramref name="taken"/>.</summary>
    public static string FirstFree(string slug, IReadOnlySet<string> taken)
    {
        if (!taken.Contains(slug))
        {
            return slug;
        }

        for (var n = 2; ; n++)
        {
            var candidate = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }
}
