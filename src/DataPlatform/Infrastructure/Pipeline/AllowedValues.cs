using FluentValidation;

namespace DataPlatform.Infrastructure.Pipeline;

public static class AllowedValues
{
    /// <summary>An optional value that, when given, must be one of <paramref name="allowed"/> (exact, case-sensitive).</summary>
    public static IRuleBuilderOptions<T, string?> OneOf<T>(this IRuleBuilder<T, string?> rule, IEnumerable<string> allowed)
    {
        var values = allowed.ToArray();
        return rule
            .Must(value => value is null || values.Contains(value, StringComparer.Ordinal))
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", values)}.");
    }
}
