using System.Text;
using FluentValidation;

namespace DataPlatform.Infrastructure.Text;

/// <summary>
/// Names of things users create (projects, datasets, collections, ...) are trimmed and normalised to
/// Unicode NFC before they are stored or compared, and may not contain control characters.
/// </summary>
public static class Names
{
    public const int MaxLength = 200;

    public static string Normalize(string value) => value.Trim().Normalize(NormalizationForm.FormC);

    /// <summary>C0, DEL and C1 control characters (tabs and line breaks included).</summary>
    public static bool HasControlCharacters(string value) => value.Any(char.IsControl);

    /// <summary>Required, at most <see cref="MaxLength"/> characters after normalisation, no control characters.</summary>
    public static IRuleBuilderOptions<T, string?> ValidName<T>(this IRuleBuilder<T, string?> rule) => rule
        .Must(value => !string.IsNullOrWhiteSpace(value)).WithMessage("'{PropertyName}' must not be empty.")
        .Must(value => value is null || Normalize(value).Length <= MaxLength).WithMessage($"'{{PropertyName}}' must be at most {MaxLength} characters.")
        .Must(value => value is null || !HasControlCharacters(value)).WithMessage("'{PropertyName}' must not contain control characters.");

    /// <summary>Optional free text: at most <paramref name="maxLength"/> characters, no NUL.</summary>
    public static IRuleBuilderOptions<T, string?> ValidText<T>(this IRuleBuilder<T, string?> rule, int maxLength) => rule
        .Must(value => value is null || value.Length <= maxLength).WithMessage($"'{{PropertyName}}' must be at most {maxLength} characters.")
        .Must(value => value is null || !value.Contains('\0', StringComparison.Ordinal)).WithMessage("'{PropertyName}' must not contain NUL characters.");
}
