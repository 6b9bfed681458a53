using System.Data.Common;
using Dapper;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Spaces.StandaloneCollections.GetStandaloneCollection;

public sealed class GetStandaloneCollectionHandler(DatabaseSession session, ProjectAccess access) : IQueryHandler<GetStandaloneCollectionRequest, SpacesCollection>
{
    public async ValueTask<SpacesCollection> Handle(GetStandaloneCollectionRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return (await StandaloneAsync(connection, request, cancellationToken)).ToCollection() with { DatasetId = null };
    }

    /// <summary>The collection, when it is a standalone one of this project; 404 otherwise.</summary>
    private async Task<SpacesCollectionRow> StandaloneAsync(DbConnection connection, GetStandaloneCollectionRequest request, CancellationToken cancellationToken, DbTransaction? transaction = null)
    {
        return await connection.QuerySingleOrDefaultAsync<SpacesCollectionRow>(new CommandDefinition(
            SpacesStore.StandaloneCollections + " AND c.id = @Id", new { access.ProjectId, Id = request.CollectionId }, transaction, cancellationToken: cancellationToken))
            ?? throw new NotFoundException($"No standalone collection {request.CollectionId} in this project.");
    }
}
