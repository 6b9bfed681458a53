using System.Data.Common;
using Dapper;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Spaces.StandaloneCollections.DeleteStandaloneCollection;

public sealed class DeleteStandaloneCollectionHandler(DatabaseSession session, CurrentUser currentUser, Clock clock, ProjectAccess access) : ICommandHandler<DeleteStandaloneCollectionRequest, SpacesSuccess>
{
    public async ValueTask<SpacesSuccess> Handle(DeleteStandaloneCollectionRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var collection = await StandaloneAsync(connection, request, cancellationToken, transaction);
        await SpacesStore.DeleteCollectionAsync(connection, transaction, collection.ProjectId, collection, currentUser.Id, clock.UtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SpacesSuccess(true);
    }

    /// <summary>The collection, when it is a standalone one of this project; 404 otherwise.</summary>
    private async Task<SpacesCollectionRow> StandaloneAsync(DbConnection connection, DeleteStandaloneCollectionRequest request, CancellationToken cancellationToken, DbTransaction? transaction = null)
    {
        return await connection.QuerySingleOrDefaultAsync<SpacesCollectionRow>(new CommandDefinition(
            SpacesStore.StandaloneCollections + " AND c.id = @Id", new { access.ProjectId, Id = request.CollectionId }, transaction, cancellationToken: cancellationToken))
            ?? throw new NotFoundException($"No standalone collection {request.CollectionId} in this project.");
    }
}
