using System.Text.Json.Serialization;
using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Features.Tracker;

/// <summary>
/// A dataset as the Tracker logs it. It is the Platform's dataset: one uploaded there is listed here
/// with the rows of its newest version as <c>records</c>, its file name as <c>source</c> and the phase
/// data_understanding, unless it was logged here with its own.
/// </summary>
public sealed record TrackerDataset(
    [property: JsonPropertyName("_id")] Guid Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("records")] long Records,
    [property: JsonPropertyName("acquisitionDate")] DateTime AcquisitionDate,
    [property: JsonPropertyName("phase")] string Phase,
    [property: JsonPropertyName("project")] Guid Project,
    [property: JsonPropertyName("createdBy")] TrackerUser? CreatedBy,
    [property: JsonPropertyName("createdAt")] DateTime CreatedAt);

/// <summary>An experiment as the Tracker logs it; the optional fields are null when not given.</summary>
public sealed record TrackerExperiment(
    [property: JsonPropertyName("_id")] Guid Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("phase")] string Phase,
    [property: JsonPropertyName("hypothesis")] string? Hypothesis,
    [property: JsonPropertyName("parameters")] StoredJson? Parameters,
    [property: JsonPropertyName("metrics")] StoredJson? Metrics,
    [property: JsonPropertyName("result")] string? Result,
    [property: JsonPropertyName("runDate")] DateTime? RunDate,
    [property: JsonPropertyName("project")] Guid Project,
    [property: JsonPropertyName("createdBy")] TrackerUser? CreatedBy,
    [property: JsonPropertyName("createdAt")] DateTime CreatedAt);

public sealed record TrackerDecision(
    [property: JsonPropertyName("_id")] Guid Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("rationale")] string Rationale,
    [property: JsonPropertyName("phase")] string Phase,
    [property: JsonPropertyName("decisionDate")] DateTime DecisionDate,
    [property: JsonPropertyName("project")] Guid Project,
    [property: JsonPropertyName("createdBy")] TrackerUser? CreatedBy,
    [property: JsonPropertyName("createdAt")] DateTime CreatedAt);

public sealed record TrackerDatasetRow
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required string Source { get; init; }

    public required string Description { get; init; }

    public required long Records { get; init; }

    public required DateTime AcquisitionDate { get; init; }

    public required string Phase { get; init; }

    public required Guid Project { get; init; }

    public required Guid? CreatedById { get; init; }

    public required string? CreatedByName { get; init; }

    public required string? CreatedByEmail { get; init; }

    public required DateTime CreatedAt { get; init; }

    public TrackerDataset ToEntity() =>
        new(Id, Name, Source, Description, Records, AcquisitionDate, Phase, Project, TrackerUser.From(CreatedById, CreatedByName, CreatedByEmail), CreatedAt);
}

public sealed record TrackerExperimentRow
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required string? Description { get; init; }

    public required string? Phase { get; init; }

    public required string? Hypothesis { get; init; }

    public required string? Parameters { get; init; }

    public required string? Metrics { get; init; }

    public required string? Result { get; init; }

    public required DateTime? RunDate { get; init; }

    public required Guid Project { get; init; }

    public required Guid? CreatedById { get; init; }

    public required string? CreatedByName { get; init; }

    public required string? CreatedByEmail { get; init; }

    public required DateTime CreatedAt { get; init; }

    public TrackerExperiment ToEntity() => new(
        Id, Name, Description ?? "", Phase ?? "", Hypothesis, StoredJson.From(Parameters), StoredJson.From(Metrics), Result, RunDate, Project,
        TrackerUser.From(CreatedById, CreatedByName, CreatedByEmail), CreatedAt);
}

public sealed record TrackerDecisionRow
{
    public required Guid Id { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string Rationale { get; init; }

    public required string Phase { get; init; }

    public required DateTime DecisionDate { get; init; }

    public required Guid Project { get; init; }

    public required Guid? CreatedById { get; init; }

    public required string? CreatedByName { get; init; }

    public required string? CreatedByEmail { get; init; }

    public required DateTime CreatedAt { get; init; }

    public TrackerDecision ToEntity() =>
        new(Id, Title, Description, Rationale, Phase, DecisionDate, Project, TrackerUser.From(CreatedById, CreatedByName, CreatedByEmail), CreatedAt);
}

/// <summary>The queries behind the dataset entries; a dataset logged without a phase counts as data_understanding.</summary>
public static class TrackerDatasetRows
{
    private const string Select =
        """
        SELECT d.id AS Id, d.name AS Name, COALESCE(d.source, v.file_name, '') AS Source, COALESCE(d.description, '') AS Description,
               COALESCE(v.row_count, d.records, 0) AS Records, COALESCE(d.acquisition_date, d.created_at) AS AcquisitionDate,
               COALESCE(d.phase, 'data_understanding') AS Phase, d.project_id AS Project,
               u.id AS CreatedById, u.name AS CreatedByName, u.email AS CreatedByEmail, d.created_at AS CreatedAt
        FROM datasets d
        LEFT JOIN dataset_versions v ON v.dataset_id = d.id AND v.version = (SELECT MAX(x.version) FROM dataset_versions x WHERE x.dataset_id = d.id)
        LEFT JOIN users u ON u.id = d.created_by
        """;

    private const string Filter = " WHERE d.project_id = @ProjectId AND d.deleted_at IS NULL AND (@Phase IS NULL OR COALESCE(d.phase, 'data_understanding') = @Phase)";

    public const string Count = "SELECT COUNT(*) FROM datasets d" + Filter;

    public const string Page = Select + Filter + " ORDER BY d.created_at, d.id LIMIT @Limit OFFSET @Offset";

    public const string ById = Select + " WHERE d.id = @Id";
}

public static class TrackerExperimentRows
{
    private const string Select =
        """
        SELECT e.id AS Id, e.name AS Name, e.description AS Description, COALESCE(e.phase, 'modeling') AS Phase, e.hypothesis AS Hypothesis,
               e.parameters AS Parameters, e.metrics AS Metrics, e.result AS Result, COALESCE(e.run_date, e.created_at) AS RunDate, e.project_id AS Project,
               u.id AS CreatedById, u.name AS CreatedByName, u.email AS CreatedByEmail, e.created_at AS CreatedAt
        FROM experiments e
        LEFT JOIN users u ON u.id = e.created_by
        """;

    private const string Filter = " WHERE e.project_id = @ProjectId AND (@Phase IS NULL OR COALESCE(e.phase, 'modeling') = @Phase)";

    public const string Count = "SELECT COUNT(*) FROM experiments e" + Filter;

    public const string Page = Select + Filter + " ORDER BY e.created_at, e.id LIMIT @Limit OFFSET @Offset";

    public const string ById = Select + " WHERE e.id = @Id";
}

public static class TrackerDecisionRows
{
    private const string Select =
        """
        SELECT c.id AS Id, c.title AS Title, c.description AS Description, c.rationale AS Rationale, c.phase AS Phase,
               c.decision_date AS DecisionDate, c.project_id AS Project,
               u.id AS CreatedById, u.name AS CreatedByName, u.email AS CreatedByEmail, c.created_at AS CreatedAt
        FROM decisions c
        LEFT JOIN users u ON u.id = c.created_by
        """;

    private const string Filter = " WHERE c.project_id = @ProjectId AND (@Phase IS NULL OR c.phase = @Phase)";

    public const string Count = "SELECT COUNT(*) FROM decisions c" + Filter;

    public const string Page = Select + Filter + " ORDER BY c.created_at, c.id LIMIT @Limit OFFSET @Offset";

    public const string ById = Select + " WHERE c.id = @Id";
}
