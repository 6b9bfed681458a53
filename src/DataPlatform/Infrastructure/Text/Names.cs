using System.Globalization;
using System.Text;
using DataPlatform.Infrastructure.Pipeline;
using FluentValidation;

namespace DataPlatform.Infrastructure.Text;

/// <summary>
/// Names of things users create (projects, datasets, collections, ...) are trimmed and normalised to
/// Unicode NFC before they are stored or compared. One rule holds on every surface: at most
/// <see cref="MaxLength"/> characters; no control characters; no format characters (zero-width
/// spaces and joiners, bidirectional overrides such as U+202E that make a name read as another);
/// something visible left once spaces and invisible fillers are removed. Names that are path
/// segments or file names (datasets, collections, uploaded files) also may not contain '/' or '\'
/// nor be '.' or '..'.
/// </summary>
public static class Names
{
    public const int MaxLength = 200;

    public static string Normalize(string value) => value.Trim().Normalize(NormalizationForm.FormC);

    /// <summary>C0, DEL and C1 control characters (tabs and line breaks included).</summary>
    public static bool HasControlCharacters(string value) => value.Any(char.IsControl);

    /// <summary>Unicode format characters (category Cf): zero-width spaces and joiners, bidirectional marks and overrides, soft hyphens.</summary>
    public static bool HasFormatCharacters(string value) => value.Any(c => char.GetUnicodeCategory(c) == UnicodeCategory.Format);

    /// <summary>Whether nothing visible remains once white space, format characters and the blank fillers are removed.</summary>
    public static bool IsBlank(string value) => value.All(c => char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format || IsFiller(c));

    /// <summary>Why <paramref name="value"/> is not a valid name; null when it is.</summary>
    public static string? Problem(string value, bool pathSegment)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "must not be empty";
        }

        if (IsBlank(value))
        {
            return "must have a visible character";
        }

        if (Normalize(value).Length > MaxLength)
        {
            return $"must be at most {MaxLength} characters";
        }

        if (HasControlCharacters(value))
        {
            return "must not contain control characters";
        }

        if (HasFormatCharacters(value))
        {
            return "must not contain invisible format characters (zero-width or bidirectional marks)";
        }

        if (pathSegment && (value.Contains('/', StringComparison.Ordinal) || value.Contains('\\', StringComparison.Ordinal)))
        {
            return "must not contain '/' or '\\'";
        }

        return pathSegment && Normalize(value) is "." or ".." ? "must not be '.' or '..'" : null;
    }

    /// <summary>Required and valid: see the rule above.</summary>
    public static IRuleBuilderOptions<T, string?> ValidName<T>(this IRuleBuilder<T, string?> rule) => rule.Named(pathSegment: false);

    /// <summary>Required and valid, and usable as a path segment or file name.</summary>
    public static IRuleBuilderOptions<T, string?> ValidPathName<T>(this IRuleBuilder<T, string?> rule) => rule.Named(pathSegment: true);

    /// <summary>Optional free text: at most <paramref name="maxLength"/> characters, no NUL.</summary>
    public static IRuleBuilderOptions<T, string?> ValidText<T>(this IRuleBuilder<T, string?> rule, int maxLength) => rule
        .Must(value => value is null || value.Length <= maxLength).WithMessage($"'{{PropertyName}}' must be at most {maxLength} characters.")
        .Must(value => value is null || !value.Contains('\0', StringComparison.Ordinal)).WithMessage("'{PropertyName}' must not contain NUL characters.");

    private static IRuleBuilderOptions<T, string?> Named<T>(this IRuleBuilder<T, string?> rule, bool pathSegment) =>
        rule.Satisfies((value, field) => Problem(value ?? "", pathSegment) is { } problem ? $"'{field}' {problem}." : null);

    /// <summary>Letters that render as nothing: Hangul fillers, the braille blank, the Khmer vowel inherents.</summary>
    private static bool IsFiller(char c) => c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0' or '\u2800' or '\u17B4' or '\u17B5';
}
