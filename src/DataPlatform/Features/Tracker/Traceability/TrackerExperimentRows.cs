namespace DataPlatform.Features.Tracker;

public static class TrackerExperimentRows
{
    private const string Select =
        """
        SELECT e.id AS Id, e.name AS Name, e.description AS Description, COALESCE(e.phase, 'modeling') AS Phase, e.hypothesis AS Hypothesis,
               e.parameters AS Parameters, e.metrics AS Metrics, e.result AS Result, COALESCE(e.run_date, e.created_at) AS RunDate, e.project_id AS Project,
               u.id AS CreatedById, u.name AS CreatedByName, u.email AS CreatedByEmail, e.created_at AS CreatedAt
        FROM experiments e
        LEFT JOIN users u ON u.id = e.created_by
        """;

    private const string Filter = " WHERE e.project_id = @ProjectId AND (@Phase IS NULL OR COALESCE(e.phase, 'modeling') = @Phase)";

    public const string Count = "SELECT COUNT(*) FROM experiments e" + Filter;

    public const string Page = Select + Filter + " ORDER BY e.created_at, e.id LIMIT @Limit OFFSET @Offset";

    public const string ById = Select + " WHERE e.id = @Id";
}
