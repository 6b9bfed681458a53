using Dapper;
using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Domain.Traceability;

/// <summary>The one writer of <c>tasks</c> rows, for the Tracker surface and imports, in the command's transaction.</summary>
public static class TaskWriter
{
    private const string Insert =
        """
        INSERT INTO tasks (id, project_id, name, status, created_by, created_at, updated_at)
        VALUES (@Id, @ProjectId, @Name, @Status, @UserId, @CreatedAt, @Now)
        """;

    public static async Task InsertAsync(DatabaseSession session, NewTask row, CancellationToken cancellationToken)
    {
        var transaction = await session.TransactionAsync(cancellationToken);
        await transaction.Connection!.ExecuteAsync(new CommandDefinition(Insert, row, transaction, cancellationToken: cancellationToken));
    }
}
