namespace DataPlatform.Features.Platform.Experiments.CreateExperiment;

internal static class CreateExperimentSql
{
    public const string VersionDataset =
        "SELECT d.id FROM dataset_versions v JOIN datasets d ON d.id = v.dataset_id WHERE v.id = @VersionId AND d.project_id = @ProjectId AND d.deleted_at IS NULL";

    /// <summary>One row when the dataset is a live one of the project: its newest version's id.</summary>
    public const string NewestVersionInProject =
        """
        SELECT (SELECT v.id FROM dataset_versions v WHERE v.dataset_id = d.id ORDER BY v.version DESC LIMIT 1) AS VersionId
        FROM datasets d WHERE d.id = @DatasetId AND d.project_id = @ProjectId AND d.deleted_at IS NULL
        """;

    public const string Insert =
        """
        INSERT INTO experiments (id, project_id, name, description, dataset_id, dataset_version_id, target_column, problem_type, status, metrics,
                                 finished_at, created_by, created_at, updated_at)
        VALUES (@Id, @ProjectId, @Name, @Description, @DatasetId, @DatasetVersionId, @TargetColumn, @ProblemType, @Status, @Metrics,
                @FinishedAt, @UserId, @Now, @Now)
        """;
}
