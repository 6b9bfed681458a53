using Mediator;

namespace DataPlatform.Infrastructure.Data;

/// <summary>
/// The innermost behavior of a command: its writes share one transaction (<see cref="DatabaseSession.TransactionAsync"/>),
/// committed when the handler returns and rolled back, with <see cref="DatabaseSession.OnFailure"/>'s work, when anything throws:
/// a command happens whole or not at all, and a handler never commits by hand.
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(DatabaseSession session) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        session.BeginCommand();
        TResponse response;
        try
        {
            response = await next(message, cancellationToken);
            await session.CommitAsync(cancellationToken);
        }
        catch
        {
            await session.FailAsync();
            throw;
        }

        await session.CompleteAsync();
        return response;
    }
}
