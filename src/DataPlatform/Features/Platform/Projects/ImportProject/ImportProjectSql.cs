namespace DataPlatform.Features.Platform.Projects.ImportProject;

internal static class ImportProjectSql
{
    public const string ProjectStatus = "UPDATE projects SET status = @Status WHERE id = @Id";

    /// <summary>The registered users whose email is in the list that follows.</summary>
    public const string UsersByEmail = "SELECT id, email FROM users WHERE email IN ";

    public const string InsertMember = "INSERT INTO project_members (project_id, user_id, role, created_at) VALUES (@ProjectId, @UserId, @Role, @Now)";

    public const string InsertVersion =
        """
        INSERT INTO dataset_versions (id, dataset_id, version, artifact_id, file_name, format, description, row_count, column_count,
                                      schema_json, statistics_json, quality_json, quality_score, longest_value,
                                      csv_encoding, csv_separator, csv_header_row, created_by, created_at)
        VALUES (@Id, @DatasetId, @Version, @ArtifactId, @FileName, @Format, @Description, @RowCount, @ColumnCount,
                @SchemaJson, @StatisticsJson, @QualityJson, @QualityScore, @LongestValue,
                @CsvEncoding, @CsvSeparator, @CsvHeaderRow, @UserId, @CreatedAt)
        """;

    public const string InsertExperiment =
        """
        INSERT INTO experiments (id, project_id, name, description, phase, hypothesis, parameters, metrics, result, run_date, dataset_id, dataset_version_id,
                                 target_column, problem_type, status, finished_at, created_by, created_at, updated_at)
        VALUES (@Id, @ProjectId, @Name, @Description, @Phase, @Hypothesis, @Parameters, @Metrics, @Result, @RunDate, @DatasetId, @DatasetVersionId,
                @TargetColumn, @ProblemType, @Status, @FinishedAt, @UserId, @CreatedAt, @Now)
        """;

    /// <summary>The start of an insert of many events: the rows' VALUES follow.</summary>
    public const string InsertEvents = "INSERT INTO timeline_events (id, project_id, type, action, name, actor_id, occurred_at, details) VALUES ";
}
