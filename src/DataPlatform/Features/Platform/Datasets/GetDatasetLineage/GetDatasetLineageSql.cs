namespace DataPlatform.Features.Platform.Datasets.GetDatasetLineage;

internal static class GetDatasetLineageSql
{
    private const string UsedIt =
        "(e.dataset_id = @DatasetId OR e.dataset_version_id IN (SELECT v.id FROM dataset_versions v WHERE v.dataset_id = @DatasetId))";

    /// <summary>
    /// The whole lineage in one result: experiments (kind 0), their models (1) and the models'
    /// deployments (2), each kind oldest first; the handler's <c>LineageEntry</c> says what each column holds for each kind.
    /// </summary>
    public const string Lineage =
        $"""
        SELECT 0 AS Kind, e.id AS Id, e.name AS Name, e.target_column AS Detail, e.problem_type AS ProblemType,
               COALESCE(e.status, 'completed') AS Status, (SELECT COUNT(*) FROM models c WHERE c.experiment_id = e.id) AS Number,
               NULL AS ParentId, e.created_at AS CreatedAt
        FROM experiments e WHERE {UsedIt}
        UNION ALL
        SELECT 1, m.id, m.name, m.algorithm, NULL, NULL, NULL, m.experiment_id, m.created_at
        FROM models m JOIN experiments e ON e.id = m.experiment_id WHERE {UsedIt}
        UNION ALL
        SELECT 2, d.id, d.name, d.stage, NULL, NULL, d.is_active, d.model_id, d.created_at
        FROM deployments d JOIN models m ON m.id = d.model_id JOIN experiments e ON e.id = m.experiment_id WHERE {UsedIt}
        ORDER BY Kind, CreatedAt, Id
        """;
}
