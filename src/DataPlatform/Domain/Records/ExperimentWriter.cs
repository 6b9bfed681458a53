using Dapper;
using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Domain.Records;

/// <summary>The one writer of <c>experiments</c> rows, for the Platform API, the Tracker surface and imports, in the command's transaction.</summary>
public static class ExperimentWriter
{
    private const string Insert =
        """
        INSERT INTO experiments (id, project_id, name, description, phase, hypothesis, parameters, metrics, result, run_date, dataset_id, dataset_version_id,
                                 target_column, problem_type, status, finished_at, created_by, created_at, updated_at)
        VALUES (@Id, @ProjectId, @Name, @Description, @Phase, @Hypothesis, @Parameters, @Metrics, @Result, @RunDate, @DatasetId, @DatasetVersionId,
                @TargetColumn, @ProblemType, @Status, @FinishedAt, @UserId, @CreatedAt, @Now)
        """;

    public static async Task InsertAsync(DatabaseSession session, NewExperiment row, CancellationToken cancellationToken)
    {
        var transaction = await session.TransactionAsync(cancellationToken);
        await transaction.Connection!.ExecuteAsync(new CommandDefinition(Insert, row, transaction, cancellationToken: cancellationToken));
    }
}
