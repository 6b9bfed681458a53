using Dapper;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Text;
using Mediator;

namespace DataPlatform.Features.Auth.CreateApiKey;

public sealed class CreateApiKeyHandler(DatabaseSession session, Database database, CurrentUser currentUser, Clock clock, ILogger<CreateApiKeyHandler> logger)
    : ICommandHandler<CreateApiKeyRequest, CreateApiKeyResponse>
{
    public const int MaxKeysPerUser = 100;

    public async ValueTask<CreateApiKeyResponse> Handle(CreateApiKeyRequest request, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var generated = ApiKeys.Generate();
        var response = new CreateApiKeyResponse(
            Guid.CreateVersion7(), Names.Normalize(request.Name!), generated.Key, generated.Prefix, clock.UtcNow(), request.ExpiresAt?.UtcDateTime);

        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        await database.LockAsync(connection, transaction, $"api-keys:{userId}", cancellationToken);
        var count = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            CreateApiKeySql.CountForUser, new { UserId = userId }, transaction, cancellationToken: cancellationToken));
        if (count >= MaxKeysPerUser)
        {
            throw new ConflictException($"You already have {MaxKeysPerUser} API keys; revoke one before creating another.");
        }

        await connection.ExecuteAsync(new CommandDefinition(
            CreateApiKeySql.Insert,
            new { response.Id, UserId = userId, response.Name, response.Prefix, KeyHash = generated.Hash, response.CreatedAt, response.ExpiresAt },
            transaction,
            cancellationToken: cancellationToken));
        logger.LogInformation("User {UserId} created API key {KeyId} ({Prefix}...)", userId, response.Id, response.Prefix);
        return response;
    }
}
