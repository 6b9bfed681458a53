using DataPlatform.Infrastructure.Errors;
using FluentValidation;
using Mediator;

namespace DataPlatform.Infrastructure.Pipeline;

/// <summary>Runs the request's FluentValidation validators; any failure is a 400 naming the fields.</summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors.Select(error => error.ErrorMessage));
        }

        if (failures.Count > 0)
        {
            throw new BadRequestException(string.Join(" ", failures.Distinct(StringComparer.Ordinal)));
        }

        return await next(message, cancellationToken);
    }
}
