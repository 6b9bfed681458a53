using FluentValidation;

namespace DataPlatform.Infrastructure;

/// <summary>The <c>limit</c>/<c>offset</c> rules shared by every list endpoint.</summary>
public static class Paging
{
    public const int DefaultLimit = 50;

    /// <summary>Offsets past this are refused: deep pages are better reached with filters.</summary>
    public const int MaxOffset = 1_000_000;

    public static IRuleBuilderOptions<T, int?> ValidLimit<T>(this IRuleBuilder<T, int?> rule, int max) =>
        rule.InclusiveBetween(1, max);

    public static IRuleBuilderOptions<T, int?> ValidOffset<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(0, MaxOffset);
}
