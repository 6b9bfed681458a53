using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Infrastructure.Pipeline;

/// <summary>
/// A token outlives nothing: once its user is gone, the next request with it is 401. Project-scoped
/// requests are checked by <see cref="ProjectAccessBehavior{TMessage, TResponse}"/> in its one query;
/// API keys by their own lookup, which joins their user; every other request signed in with a token
/// is checked here, on the request's connection.
/// </summary>
public sealed class CallerBehavior<TMessage, TResponse>(DatabaseSession session, CurrentUser currentUser) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (currentUser.IsAuthenticated && !currentUser.ViaApiKey && message is not IProjectScoped)
        {
            await CallerCheck.RequireAsync(await session.ConnectionAsync(cancellationToken), currentUser.Id, cancellationToken);
        }

        return await next(message, cancellationToken);
    }
}
