namespace DataPlatform.Features.Tracker.Traceability.CreateTrackerDecision;

internal static class CreateTrackerDecisionSql
{
    public const string Insert =
        """
        INSERT INTO decisions (id, project_id, title, description, rationale, phase, decision_date, created_by, created_at)
        VALUES (@Id, @ProjectId, @Title, @Description, @Rationale, @Phase, @DecisionDate, @UserId, @Now)
        """;
}
