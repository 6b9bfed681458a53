namespace DataPlatform.Features.Tracker.Traceability.CreateTrackerExperiment;

internal static class CreateTrackerExperimentSql
{
    public const string Insert =
        """
        INSERT INTO experiments (id, project_id, name, description, phase, hypothesis, parameters, metrics, result, run_date, created_by, created_at, updated_at)
        VALUES (@Id, @ProjectId, @Name, @Description, @Phase, @Hypothesis, @Parameters, @Metrics, @Result, @RunDate, @UserId, @Now, @Now)
        """;
}
