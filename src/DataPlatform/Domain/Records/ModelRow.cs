namespace DataPlatform.Domain.Records;

/// <summary>
/// A row of <c>models</c> with its file's digest and size (null without a file), as every surface reads
/// it: <see cref="Columns"/>, from <c>models m LEFT JOIN artifacts ma ON ma.id = m.artifact_id</c> (<see cref="From"/>).
/// </summary>
public sealed record ModelRow
{
    public const string Table = "models";

    public const string Columns =
        """
        m.id AS Id, m.project_id AS ProjectId, m.experiment_id AS ExperimentId, m.name AS Name, m.algorithm AS Algorithm,
               m.metrics AS Metrics, m.artifact_id AS ArtifactId, ma.sha256 AS Sha256, ma.size_bytes AS Size, m.file_name AS FileName,
               m.created_by AS CreatedBy, m.created_at AS CreatedAt, m.updated_at AS UpdatedAt
        """;

    public const string From = "models m LEFT JOIN artifacts ma ON ma.id = m.artifact_id";

    public required Guid Id { get; init; }

    public required Guid ProjectId { get; init; }

    public required Guid ExperimentId { get; init; }

    public required string Name { get; init; }

    public required string Algorithm { get; init; }

    /// <summary>JSON object.</summary>
    public required string? Metrics { get; init; }

    public required Guid? ArtifactId { get; init; }

    public required string? Sha256 { get; init; }

    public required long? Size { get; init; }

    public required string? FileName { get; init; }

    public required Guid? CreatedBy { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }
}
