using FluentValidation;

namespace DataPlatform.Features.Platform.Datasets;

internal static class DatasetLimits
{
    public const int MaxDescriptionLength = 10_000;

    /// <summary>An optional <c>?version=</c>: a version number, from 0.</summary>
    public static IRuleBuilderOptions<T, int?> ValidVersionNumber<T>(this IRuleBuilder<T, int?> rule) =>
        rule.GreaterThanOrEqualTo(0).WithMessage("'{PropertyName}' must be a version number, from 0.");
}
