namespace DataPlatform.Domain.Datasets;

/// <summary>A row of <c>datasets</c>, as every surface reads it: <see cref="Columns"/>, from <c>datasets d</c>.</summary>
public sealed record DatasetRow
{
    public const string Table = "datasets";

    public const string Columns =
        """
        d.id AS Id, d.project_id AS ProjectId, d.name AS Name, d.description AS Description, d.source AS Source, d.records AS Records,
               d.acquisition_date AS AcquisitionDate, d.phase AS Phase, d.tags AS Tags, d.metadata AS Metadata, d.created_by AS CreatedBy,
               d.created_at AS CreatedAt, d.updated_at AS UpdatedAt, d.deleted_at AS DeletedAt
        """;

    public required Guid Id { get; init; }

    public required Guid ProjectId { get; init; }

    public required string Name { get; init; }

    public required string? Description { get; init; }

    /// <summary>Where the data came from, as logged on the Tracker surface.</summary>
    public required string? Source { get; init; }

    /// <summary>The record count logged on the Tracker surface (a file's own count wins).</summary>
    public required long? Records { get; init; }

    public required DateTime? AcquisitionDate { get; init; }

    /// <summary>The CRISP-DM phase; null reads as data_understanding.</summary>
    public required string? Phase { get; init; }

    /// <summary>The tags as a JSON array of strings (Spaces surface).</summary>
    public required string? Tags { get; init; }

    /// <summary>Free-form metadata as a JSON object (Spaces surface).</summary>
    public required string? Metadata { get; init; }

    public required Guid? CreatedBy { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    /// <summary>When the Spaces surface deleted it softly; deleted datasets are hidden everywhere but the export.</summary>
    public required DateTime? DeletedAt { get; init; }
}
