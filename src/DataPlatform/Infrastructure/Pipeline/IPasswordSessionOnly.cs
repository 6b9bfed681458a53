using Mediator;

namespace DataPlatform.Infrastructure.Pipeline;

/// <summary>
/// A request only a caller signed in with a password may send (a token from login or register, not an
/// API key): managing credentials, so that a leaked key cannot mint keys that outlive its revocation.
/// <see cref="PasswordSessionBehavior{TMessage, TResponse}"/> refuses the others with 403.
/// </summary>
public interface IPasswordSessionOnly : IMessage;
