using System.Data.Common;
using System.Text.Json;
using Dapper;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Profiling;

namespace DataPlatform.Domain.Datasets;

/// <summary>
/// A row of <c>dataset_versions</c> with its file's digest and size, its dataset's name and its creator's
/// name, as every surface reads it: <see cref="Columns"/>, from <c>dataset_versions v</c>, <c>datasets d</c>,
/// <c>artifacts a</c> and <c>users u</c> (<see cref="From"/>).
/// </summary>
public sealed record DatasetVersionRow
{
    public const string Table = "dataset_versions";

    /// <summary>A version's tables; add a condition on <c>d.deleted_at</c> to leave out the versions of deleted datasets.</summary>
    public const string From =
        """
        dataset_versions v
        JOIN datasets d ON d.id = v.dataset_id
        JOIN artifacts a ON a.id = v.artifact_id
        LEFT JOIN users u ON u.id = v.created_by
        """;

    public required Guid Id { get; init; }

    public required Guid DatasetId { get; init; }

    public required string DatasetName { get; init; }

    public required long Version { get; init; }

    public required Guid ArtifactId { get; init; }

    public required string Sha256 { get; init; }

    /// <summary>The file's size in bytes.</summary>
    public required long Size { get; init; }

    public required string FileName { get; init; }

    public required string Format { get; init; }

    public required string? Description { get; init; }

    public required long RowCount { get; init; }

    public required long ColumnCount { get; init; }

    public required string SchemaJson { get; init; }

    /// <summary>The profile's statistics; null when the query left them out (<see cref="FileColumns"/>).</summary>
    public required string? StatisticsJson { get; init; }

    /// <summary>The profile's quality report; null when the query left it out (<see cref="FileColumns"/>).</summary>
    public required string? QualityJson { get; init; }

    public required double QualityScore { get; init; }

    public required long LongestValue { get; init; }

    /// <summary>What the profile detected in a CSV file; null for Parquet and for versions profiled before detection.</summary>
    public required string? CsvEncoding { get; init; }

    public required string? CsvSeparator { get; init; }

    /// <summary>1 when the first row names the columns, 0 when it is data.</summary>
    public required long? CsvHeaderRow { get; init; }

    /// <summary>How to read the file again as the profile read it (null: Parquet, or read as <see cref="CsvDialect.Default"/>).</summary>
    public CsvDialect? Dialect => CsvEncoding is { } encoding ? new CsvDialect(encoding, CsvHeaderRow != 0) : null;

    public required string? CreatedByName { get; init; }

    public required DateTime CreatedAt { get; init; }

    /// <summary>The columns as profiled: name and type, in file order.</summary>
    public IReadOnlyList<ColumnSchema> Schema(JsonSerializerOptions options) => JsonSerializer.Deserialize<List<ColumnSchema>>(SchemaJson, options)!;

    /// <summary>The columns of a version row, from <c>dataset_versions v</c>, <c>datasets d</c>, <c>artifacts a</c> and <c>users u</c> (its creator).</summary>
    public const string Columns = VersionColumns + ", v.statistics_json AS StatisticsJson, v.quality_json AS QualityJson";

    /// <summary>
    /// The columns that say where a version's file is and how to read it (id, dataset, number, file,
    /// format, size in rows and columns, schema, CSV dialect), from <c>dataset_versions v</c>,
    /// <c>datasets d</c> and <c>artifacts a</c>, for reads that show the version and its file: the
    /// profile's statistics and quality report (kilobytes per column), the version's description,
    /// creator, scores and file size stay unread (null, or zero).
    /// </summary>
    public const string FileColumns =
        """
        v.id AS Id, v.dataset_id AS DatasetId, d.name AS DatasetName, v.version AS Version, v.artifact_id AS ArtifactId, a.sha256 AS Sha256, v.file_name AS FileName,
               v.format AS Format, v.row_count AS RowCount, v.column_count AS ColumnCount, v.schema_json AS SchemaJson,
               v.csv_encoding AS CsvEncoding, v.csv_separator AS CsvSeparator, v.csv_header_row AS CsvHeaderRow
        """;

    private const string VersionColumns =
        """
        v.id AS Id, v.dataset_id AS DatasetId, d.name AS DatasetName, v.version AS Version, v.artifact_id AS ArtifactId,
               a.sha256 AS Sha256, a.size_bytes AS Size, v.file_name AS FileName, v.format AS Format, v.description AS Description,
               v.row_count AS RowCount, v.column_count AS ColumnCount, v.schema_json AS SchemaJson, v.quality_score AS QualityScore,
               v.longest_value AS LongestValue,
               v.csv_encoding AS CsvEncoding, v.csv_separator AS CsvSeparator, v.csv_header_row AS CsvHeaderRow,
               u.name AS CreatedByName, v.created_at AS CreatedAt
        """;

    private const string Select = $"SELECT {Columns} FROM {From} WHERE d.deleted_at IS NULL";

    /// <summary>The newest version of a dataset, or null when it has none (logged on another surface without a file).</summary>
    public static Task<DatasetVersionRow?> LatestAsync(DbConnection connection, Guid datasetId, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<DatasetVersionRow>(new CommandDefinition(
            Select + " AND v.dataset_id = @DatasetId ORDER BY v.version DESC LIMIT 1", new { DatasetId = datasetId }, cancellationToken: cancellationToken));

    public static Task<DatasetVersionRow?> ByNumberAsync(DbConnection connection, Guid datasetId, long version, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<DatasetVersionRow>(new CommandDefinition(
            Select + " AND v.dataset_id = @DatasetId AND v.version = @Version", new { DatasetId = datasetId, Version = version }, cancellationToken: cancellationToken));

    public static Task<DatasetVersionRow?> ByIdAsync(DbConnection connection, Guid versionId, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<DatasetVersionRow>(new CommandDefinition(
            Select + " AND v.id = @Id", new { Id = versionId }, cancellationToken: cancellationToken));

    /// <summary>Versions <paramref name="first"/> and <paramref name="second"/> in one query (the same row twice when they are equal), or 404 naming the one missing.</summary>
    public static async Task<(DatasetVersionRow First, DatasetVersionRow Second)> RequirePairAsync(DbConnection connection, Guid datasetId, long first, long second, CancellationToken cancellationToken)
    {
        var rows = (await connection.QueryAsync<DatasetVersionRow>(new CommandDefinition(
            Select + " AND v.dataset_id = @DatasetId AND v.version IN (@First, @Second)", new { DatasetId = datasetId, First = first, Second = second }, cancellationToken: cancellationToken)))
            .ToDictionary(v => v.Version);
        DatasetVersionRow Find(long number) => rows.GetValueOrDefault(number) ?? throw new NotFoundException($"Dataset {datasetId} has no version {number}.");
        return (Find(first), Find(second));
    }

    /// <summary>Version <paramref name="version"/> (the newest when null), or 404.</summary>
    public static async Task<DatasetVersionRow> RequireAsync(DbConnection connection, Guid datasetId, long? version, CancellationToken cancellationToken) =>
        version is not { } number
            ? await RequireLatestAsync(connection, datasetId, cancellationToken)
            : await ByNumberAsync(connection, datasetId, number, cancellationToken) ?? throw new NotFoundException($"Dataset {datasetId} has no version {number}.");

    /// <summary>The newest version, or 404 saying the dataset has no file yet.</summary>
    public static async Task<DatasetVersionRow> RequireLatestAsync(DbConnection connection, Guid datasetId, CancellationToken cancellationToken) =>
        await LatestAsync(connection, datasetId, cancellationToken)
        ?? throw new NotFoundException($"Dataset {datasetId} has no uploaded file yet; upload one with POST /api/datasets/{datasetId}/versions.");
}
