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
}
