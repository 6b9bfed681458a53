namespace DataPlatform.Features.Platform.Datasets;

internal static class DatasetIngestSql
{

    public const string InsertVersion =
        """
        INSERT INTO dataset_versions (id, dataset_id, version, artifact_id, file_name, format, description, row_count, column_count,
                                      schema_json, statistics_json, quality_json, quality_score, longest_value,
                                      csv_encoding, csv_separator, csv_header_row, created_by, created_at)
        VALUES (@Id, @DatasetId, @Version, @ArtifactId, @FileName, @Format, @Description, @RowCount, @ColumnCount,
                @SchemaJson, @StatisticsJson, @QualityJson, @QualityScore, @LongestValue,
                @CsvEncoding, @CsvSeparator, @CsvHeaderRow, @CreatedBy, @CreatedAt)
        """;

    /// <summary>Touches a live dataset and answers what a new version needs: its project, its name and the next version's number.</summary>
    public const string Touch =
        """
        UPDATE datasets SET updated_at = @Now WHERE id = @DatasetId AND deleted_at IS NULL
        RETURNING project_id AS ProjectId, name AS Name,
                  (SELECT COALESCE(MAX(v.version), -1) + 1 FROM dataset_versions v WHERE v.dataset_id = @DatasetId) AS NextVersion
        """;
}
