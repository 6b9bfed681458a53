using FluentValidation;

namespace DataPlatform.Infrastructure.Pipeline;

public static class Problems
{
    /// <summary>
    /// A rule from a function that says what is wrong with a value (a whole message, given the field's
    /// name as the client sent it) or null when nothing is; the import checks its records with the
    /// same functions.
    /// </summary>
    public static IRuleBuilderOptions<T, TProperty> Satisfies<T, TProperty>(this IRuleBuilder<T, TProperty> rule, Func<TProperty, string, string?> problemOf) => rule
        .Must((_, value, context) =>
        {
            if (problemOf(value, context.DisplayName) is not { } problem)
            {
                return true;
            }

            context.MessageFormatter.AppendArgument("Problem", problem);
            return false;
        })
        .WithMessage("{Problem}");
}
