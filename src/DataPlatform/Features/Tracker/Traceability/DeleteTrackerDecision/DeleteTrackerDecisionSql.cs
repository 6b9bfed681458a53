namespace DataPlatform.Features.Tracker.Traceability.DeleteTrackerDecision;

internal static class DeleteTrackerDecisionSql
{
    public const string Title = "SELECT title FROM decisions WHERE id = @DecisionId AND project_id = @ProjectId";

    public const string Delete = "DELETE FROM decisions WHERE id = @DecisionId AND project_id = @ProjectId";
}
