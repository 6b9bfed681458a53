using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Errors;
using Mediator;

namespace DataPlatform.Infrastructure.Pipeline;

/// <summary>Refuses a request declared <see cref="IPasswordSessionOnly"/> from a caller that authenticated with an API key.</summary>
public sealed class PasswordSessionBehavior<TMessage, TResponse>(CurrentUser currentUser) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IPasswordSessionOnly
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        currentUser.ViaApiKey
            ? throw new ForbiddenException("API keys cannot create or revoke API keys; use a token from POST /api/auth/login.")
            : next(message, cancellationToken);
}
