namespace DataPlatform.Features.Platform.Experiments.CreateExperiment;

internal static class CreateExperimentSql
{
    public const string VersionDataset =
        "SELECT d.id FROM dataset_versions v JOIN datasets d ON d.id = v.dataset_id WHERE v.id = @VersionId AND d.project_id = @ProjectId AND d.deleted_at IS NULL";

    public const string NewestVersion = "SELECT id FROM dataset_versions WHERE dataset_id = @DatasetId ORDER BY version DESC LIMIT 1";

    public const string DatasetInProject = "SELECT COUNT(*) FROM datasets WHERE id = @DatasetId AND project_id = @ProjectId AND deleted_at IS NULL";

    public const string Insert =
        """
        INSERT INTO experiments (id, project_id, name, description, dataset_id, dataset_version_id, target_column, problem_type, status, metrics,
                                 finished_at, created_by, created_at, updated_at)
        VALUES (@Id, @ProjectId, @Name, @Description, @DatasetId, @DatasetVersionId, @TargetColumn, @ProblemType, @Status, @Metrics,
                @FinishedAt, @UserId, @Now, @Now)
        """;
}
