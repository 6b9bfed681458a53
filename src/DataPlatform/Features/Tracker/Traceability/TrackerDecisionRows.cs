namespace DataPlatform.Features.Tracker;

public static class TrackerDecisionRows
{
    private const string Select =
        """
        SELECT c.id AS Id, c.title AS Title, c.description AS Description, c.rationale AS Rationale, c.phase AS Phase,
               c.decision_date AS DecisionDate, c.project_id AS Project,
               u.id AS CreatedById, u.name AS CreatedByName, u.email AS CreatedByEmail, c.created_at AS CreatedAt
        FROM decisions c
        LEFT JOIN users u ON u.id = c.created_by
        """;

    private const string Filter = " WHERE c.project_id = @ProjectId AND (@Phase IS NULL OR c.phase = @Phase)";

    public const string Count = "SELECT COUNT(*) FROM decisions c" + Filter;

    public const string Page = Select + Filter + " ORDER BY c.created_at, c.id LIMIT @Limit OFFSET @Offset";

    public const string ById = Select + " WHERE c.id = @Id";
}
