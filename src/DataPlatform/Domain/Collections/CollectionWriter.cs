using Dapper;
using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Domain.Collections;

/// <summary>The one writer of <c>collections</c> rows, for the Spaces surface and imports, in the command's transaction.</summary>
public static class CollectionWriter
{
    private const string Insert =
        """
        INSERT INTO collections (id, project_id, dataset_id, name, members, created_by, created_at, updated_at)
        VALUES (@Id, @ProjectId, @DatasetId, @Name, @Members, @UserId, @CreatedAt, @Now)
        """;

    public static async Task InsertAsync(DatabaseSession session, NewCollection row, CancellationToken cancellationToken)
    {
        var transaction = await session.TransactionAsync(cancellationToken);
        await transaction.Connection!.ExecuteAsync(new CommandDefinition(Insert, row, transaction, cancellationToken: cancellationToken));
    }
}
