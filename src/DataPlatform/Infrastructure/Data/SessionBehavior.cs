using Mediator;

namespace DataPlatform.Infrastructure.Data;

/// <summary>The outermost behavior: when the request's work is done, its <see cref="DatabaseSession"/> closes, before the response is written.</summary>
public sealed class SessionBehavior<TMessage, TResponse>(DatabaseSession session) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        try
        {
            return await next(message, cancellationToken);
        }
        finally
        {
            await session.CloseAsync();
        }
    }
}
