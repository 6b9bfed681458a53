namespace DataPlatform.Features.Tracker;

/// <summary>The queries behind the dataset entries; a dataset logged without a phase counts as data_understanding.</summary>
public static class TrackerDatasetRows
{
    private const string Select =
        """
        SELECT d.id AS Id, d.name AS Name, COALESCE(d.source, v.file_name, '') AS Source, COALESCE(d.description, '') AS Description,
               COALESCE(v.row_count, d.records, 0) AS Records, COALESCE(d.acquisition_date, d.created_at) AS AcquisitionDate,
               COALESCE(d.phase, 'data_understanding') AS Phase, d.project_id AS Project,
               u.id AS CreatedById, u.name AS CreatedByName, u.email AS CreatedByEmail, d.created_at AS CreatedAt
        FROM datasets d
        LEFT JOIN dataset_versions v ON v.dataset_id = d.id AND v.version = (SELECT MAX(x.version) FROM dataset_versions x WHERE x.dataset_id = d.id)
        LEFT JOIN users u ON u.id = d.created_by
        """;

    private const string Filter = " WHERE d.project_id = @ProjectId AND d.deleted_at IS NULL AND (@Phase IS NULL OR COALESCE(d.phase, 'data_understanding') = @Phase)";

    public const string Count = "SELECT COUNT(*) FROM datasets d" + Filter;

    public const string Page = Select + Filter + " ORDER BY d.created_at, d.id LIMIT @Limit OFFSET @Offset";

    public const string ById = Select + " WHERE d.id = @Id";
}
