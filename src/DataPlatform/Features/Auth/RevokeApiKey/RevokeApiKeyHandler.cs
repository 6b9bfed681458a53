using Dapper;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using Mediator;

namespace DataPlatform.Features.Auth.RevokeApiKey;

public sealed class RevokeApiKeyHandler(DatabaseSession session, CurrentUser currentUser, ILogger<RevokeApiKeyHandler> logger)
    : ICommandHandler<RevokeApiKeyRequest, RevokeApiKeyResponse>
{
    public async ValueTask<RevokeApiKeyResponse> Handle(RevokeApiKeyRequest request, CancellationToken cancellationToken)
    {
        var transaction = await session.TransactionAsync(cancellationToken);
        var deleted = await transaction.Connection!.ExecuteAsync(new CommandDefinition(
            RevokeApiKeySql.Delete, new { request.Id, UserId = currentUser.Id }, transaction, cancellationToken: cancellationToken));
        if (deleted == 0)
        {
            throw new NotFoundException($"API key {request.Id} not found.");
        }

        logger.LogInformation("User {UserId} revoked API key {KeyId}", currentUser.Id, request.Id);
        return new RevokeApiKeyResponse(true);
    }
}
