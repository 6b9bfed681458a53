using Dapper;
using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Domain.Datasets;

/// <summary>
/// The one writer of <c>dataset_versions</c> rows, for uploads and new versions (which number them,
/// see <c>DatasetIngest</c>) and for imports, in the command's transaction.
/// </summary>
public static class VersionWriter
{
    private const string Insert =
        """
        INSERT INTO dataset_versions (id, dataset_id, version, artifact_id, file_name, format, description, row_count, column_count,
                                      schema_json, statistics_json, quality_json, quality_score, longest_value,
                                      csv_encoding, csv_separator, csv_header_row, created_by, created_at)
        VALUES (@Id, @DatasetId, @Version, @ArtifactId, @FileName, @Format, @Description, @RowCount, @ColumnCount,
                @SchemaJson, @StatisticsJson, @QualityJson, @QualityScore, @LongestValue,
                @CsvEncoding, @CsvSeparator, @CsvHeaderRow, @CreatedBy, @CreatedAt)
        """;

    /// <summary>Writes version <paramref name="version"/> of a dataset with the file's <paramref name="profile"/>.</summary>
    public static async Task InsertAsync(
        DatabaseSession session,
        Guid id,
        Guid datasetId,
        long version,
        Guid artifactId,
        string fileName,
        string? description,
        ProfileColumns profile,
        Guid createdBy,
        DateTime createdAt,
        CancellationToken cancellationToken)
    {
        var transaction = await session.TransactionAsync(cancellationToken);
        await transaction.Connection!.ExecuteAsync(new CommandDefinition(
            Insert,
            new
            {
                Id = id,
                DatasetId = datasetId,
                Version = version,
                ArtifactId = artifactId,
                FileName = fileName,
                profile.Format,
                Description = description,
                profile.RowCount,
                profile.ColumnCount,
                profile.SchemaJson,
                profile.StatisticsJson,
                profile.QualityJson,
                profile.QualityScore,
                profile.LongestValue,
                profile.CsvEncoding,
                profile.CsvSeparator,
                profile.CsvHeaderRow,
                CreatedBy = createdBy,
                CreatedAt = createdAt,
            },
            transaction,
            cancellationToken: cancellationToken));
    }
}
