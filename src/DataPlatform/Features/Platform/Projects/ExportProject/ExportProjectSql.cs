namespace DataPlatform.Features.Platform.Projects.ExportProject;

internal static class ExportProjectSql
{
    public const string Project =
        "SELECT id AS Id, name AS Name, description AS Description, client_name AS ClientName, status AS Status, slug AS Slug, created_at AS CreatedAt FROM projects WHERE id = @ProjectId";

    public const string Members =
        """
        SELECT m.user_id AS UserId, u.email AS Email, u.name AS Name, m.role AS Role
        FROM project_members m JOIN users u ON u.id = m.user_id
        WHERE m.project_id = @ProjectId ORDER BY m.created_at, m.user_id
        """;

    public const string Datasets =
        """
        SELECT id AS Id, name AS Name, description AS Description, source AS Source, records AS Records, acquisition_date AS AcquisitionDate,
               phase AS Phase, tags AS Tags, metadata AS Metadata, created_at AS CreatedAt, deleted_at AS DeletedAt
        FROM datasets WHERE project_id = @ProjectId ORDER BY created_at, id
        """;

    public const string Versions =
        """
        SELECT v.id AS Id, v.dataset_id AS DatasetId, v.version AS Version, v.file_name AS FileName, v.format AS Format, v.description AS Description,
               v.row_count AS RowCount, v.column_count AS ColumnCount, v.schema_json AS SchemaJson, v.statistics_json AS StatisticsJson,
               v.quality_json AS QualityJson, v.quality_score AS QualityScore, v.longest_value AS LongestValue, v.artifact_id AS ArtifactId,
               a.sha256 AS Sha256, a.size_bytes AS Size, v.created_at AS CreatedAt
        FROM dataset_versions v JOIN datasets d ON d.id = v.dataset_id JOIN artifacts a ON a.id = v.artifact_id
        WHERE d.project_id = @ProjectId ORDER BY v.dataset_id, v.version
        """;

    public const string Experiments =
        """
        SELECT id AS Id, name AS Name, description AS Description, phase AS Phase, hypothesis AS Hypothesis, parameters AS Parameters, metrics AS Metrics,
               result AS Result, run_date AS RunDate, dataset_id AS DatasetId, dataset_version_id AS DatasetVersionId, target_column AS TargetColumn,
               problem_type AS ProblemType, status AS Status, finished_at AS FinishedAt, created_at AS CreatedAt
        FROM experiments WHERE project_id = @ProjectId ORDER BY created_at, id
        """;

    public const string Models =
        """
        SELECT m.id AS Id, m.experiment_id AS ExperimentId, m.name AS Name, m.algorithm AS Algorithm, m.metrics AS Metrics, m.artifact_id AS ArtifactId,
               a.sha256 AS Sha256, a.size_bytes AS Size, m.file_name AS FileName, m.created_at AS CreatedAt
        FROM models m LEFT JOIN artifacts a ON a.id = m.artifact_id
        WHERE m.project_id = @ProjectId ORDER BY m.created_at, m.id
        """;

    public const string Deployments =
        "SELECT id AS Id, model_id AS ModelId, name AS Name, stage AS Stage, is_active AS IsActive, created_at AS CreatedAt FROM deployments WHERE project_id = @ProjectId ORDER BY created_at, id";

    public const string Tasks = "SELECT id AS Id, name AS Name, status AS Status, created_at AS CreatedAt FROM tasks WHERE project_id = @ProjectId ORDER BY created_at, id";

    public const string Decisions =
        """
        SELECT id AS Id, title AS Title, description AS Description, rationale AS Rationale, phase AS Phase, decision_date AS DecisionDate, created_at AS CreatedAt
        FROM decisions WHERE project_id = @ProjectId ORDER BY created_at, id
        """;

    /// <summary>Collections of a deleted dataset are standalone in the export.</summary>
    public const string Collections =
        """
        SELECT c.id AS Id, CASE WHEN d.deleted_at IS NULL THEN c.dataset_id END AS DatasetId, c.name AS Name, c.members AS Members, c.created_at AS CreatedAt
        FROM collections c LEFT JOIN datasets d ON d.id = c.dataset_id
        WHERE c.project_id = @ProjectId ORDER BY c.created_at, c.id
        """;

    public const string Timeline =
        "SELECT type AS Type, action AS Action, name AS Name, occurred_at AS Timestamp, details AS Details FROM timeline_events WHERE project_id = @ProjectId ORDER BY occurred_at, id";
}
