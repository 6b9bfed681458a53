using Dapper;
using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Domain.Records;

/// <summary>The one writer of <c>models</c> rows, for the Platform API and imports, in the command's transaction.</summary>
public static class ModelWriter
{
    private const string Insert =
        """
        INSERT INTO models (id, project_id, experiment_id, name, algorithm, metrics, artifact_id, file_name, created_by, created_at, updated_at)
        VALUES (@Id, @ProjectId, @ExperimentId, @Name, @Algorithm, @Metrics, @ArtifactId, @FileName, @UserId, @CreatedAt, @Now)
        """;

    public static async Task InsertAsync(DatabaseSession session, NewModel row, CancellationToken cancellationToken)
    {
        var transaction = await session.TransactionAsync(cancellationToken);
        await transaction.Connection!.ExecuteAsync(new CommandDefinition(Insert, row, transaction, cancellationToken: cancellationToken));
    }
}
