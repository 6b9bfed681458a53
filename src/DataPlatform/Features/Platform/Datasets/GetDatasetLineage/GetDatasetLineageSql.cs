namespace DataPlatform.Features.Platform.Datasets.GetDatasetLineage;

internal static class GetDatasetLineageSql
{
    private const string UsedIt =
        "(e.dataset_id = @DatasetId OR e.dataset_version_id IN (SELECT v.id FROM dataset_versions v WHERE v.dataset_id = @DatasetId))";

    public const string Experiments =
        """
        SELECT e.id AS Id, e.name AS Name, e.target_column AS TargetColumn, e.problem_type AS ProblemType, COALESCE(e.status, 'completed') AS Status,
               (SELECT COUNT(*) FROM models m WHERE m.experiment_id = e.id) AS ModelCount
        FROM experiments e
        WHERE
        """ + " " + UsedIt + " ORDER BY e.created_at, e.id";

    public const string Models =
        """
        SELECT m.id AS Id, m.name AS Name, m.algorithm AS Algorithm, m.experiment_id AS ExperimentId
        FROM models m JOIN experiments e ON e.id = m.experiment_id
        WHERE
        """ + " " + UsedIt + " ORDER BY m.created_at, m.id";

    public const string Deployments =
        """
        SELECT d.id AS Id, d.name AS Name, d.model_id AS ModelId, d.stage AS Stage, d.is_active AS IsActive
        FROM deployments d JOIN models m ON m.id = d.model_id JOIN experiments e ON e.id = m.experiment_id
        WHERE
        """ + " " + UsedIt + " ORDER BY d.created_at, d.id";
}
