using Dapper;
using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Domain.Records;

/// <summary>The one writer of <c>deployments</c> rows, for the Platform API and imports, in the command's transaction.</summary>
public static class DeploymentWriter
{
    private const string Insert =
        """
        INSERT INTO deployments (id, project_id, model_id, name, stage, is_active, created_by, created_at, updated_at)
        VALUES (@Id, @ProjectId, @ModelId, @Name, @Stage, CASE WHEN @IsActive THEN 1 ELSE 0 END, @UserId, @CreatedAt, @Now)
        """;

    public static async Task InsertAsync(DatabaseSession session, NewDeployment row, CancellationToken cancellationToken)
    {
        var transaction = await session.TransactionAsync(cancellationToken);
        await transaction.Connection!.ExecuteAsync(new CommandDefinition(Insert, row, transaction, cancellationToken: cancellationToken));
    }
}
