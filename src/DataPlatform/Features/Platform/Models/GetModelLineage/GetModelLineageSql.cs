using DataPlatform.Domain.Records;
using DataPlatform.Features.Platform.Records;

namespace DataPlatform.Features.Platform.Models.GetModelLineage;

internal static class GetModelLineageSql
{
    /// <summary>The model, its experiment, the dataset and version it used, once per deployment of the model (once with none when it has none).</summary>
    public const string Lineage =
        $"""
        SELECT {ModelRow.Columns}, {RecordRules.ExperimentColumns},
               ds.id AS Id, ds.name AS Name,
               v.id AS Id, v.dataset_id AS DatasetId, v.version AS Version, v.row_count AS RowCount, v.column_count AS ColumnCount, v.created_at AS CreatedAt,
               {DeploymentRow.Columns}
        FROM {ModelRow.From}
        JOIN experiments e ON e.id = m.experiment_id
        LEFT JOIN datasets ds ON ds.id = e.dataset_id AND ds.deleted_at IS NULL
        LEFT JOIN dataset_versions v ON v.id = e.dataset_version_id
        LEFT JOIN deployments dp ON dp.model_id = m.id
        WHERE m.id = @ModelId
        ORDER BY dp.created_at, dp.id
        """;
}
