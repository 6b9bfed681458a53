using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Auth.RevokeApiKey;

public sealed record RevokeApiKeyRequest(Guid Id) : ICommand<RevokeApiKeyResponse>, IPasswordSessionOnly;
