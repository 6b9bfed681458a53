using DataPlatform.Domain.Datasets;

namespace DataPlatform.Features.Platform.Datasets.GetDataset;

internal static class GetDatasetSql
{
    /// <summary>The dataset and its newest version's file (all NULL when it has none), in one row.</summary>
    public const string DatasetWithLatestVersion =
        $"""
        SELECT {DatasetRow.Columns},
               {DatasetVersionRow.FileColumns}
        FROM datasets d
        LEFT JOIN dataset_versions v ON v.dataset_id = d.id AND v.version = (SELECT MAX(version) FROM dataset_versions WHERE dataset_id = d.id)
        LEFT JOIN artifacts a ON a.id = v.artifact_id
        WHERE d.id = @DatasetId AND d.deleted_at IS NULL
        """;
}
