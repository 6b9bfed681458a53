using Dapper;
using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Domain.Traceability;

/// <summary>The one writer of <c>decisions</c> rows, for the Tracker surface and imports, in the command's transaction.</summary>
public static class DecisionWriter
{
    private const string Insert =
        """
        INSERT INTO decisions (id, project_id, title, description, rationale, phase, decision_date, created_by, created_at)
        VALUES (@Id, @ProjectId, @Title, @Description, @Rationale, @Phase, @DecisionDate, @UserId, @CreatedAt)
        """;

    public static async Task InsertAsync(DatabaseSession session, NewDecision row, CancellationToken cancellationToken)
    {
        var transaction = await session.TransactionAsync(cancellationToken);
        await transaction.Connection!.ExecuteAsync(new CommandDefinition(Insert, row, transaction, cancellationToken: cancellationToken));
    }
}
