using System.Text.Json;

namespace DataPlatform.Infrastructure.Projects;

/// <summary>
/// <c>manifest.json</c> of a project export: everything about the project except the bytes of its
/// files, which sit beside it in the ZIP under <c>artifacts/&lt;artifact id&gt;</c>. Ids are the
/// exporting instance's; an import gives everything new ids. Soft-deleted datasets are exported too
/// (with <see cref="ManifestDataset.DeletedAt"/>), since experiments may still refer to them.
/// </summary>
public sealed record ProjectManifest(
    int FormatVersion,
    DateTime ExportedAt,
    ManifestProject Project,
    IReadOnlyList<ManifestMember> Members,
    IReadOnlyList<ManifestDataset> Datasets,
    IReadOnlyList<ManifestExperiment> Experiments,
    IReadOnlyList<ManifestModel> Models,
    IReadOnlyList<ManifestDeployment> Deployments,
    IReadOnlyList<ManifestTask> Tasks,
    IReadOnlyList<ManifestDecision> Decisions,
    IReadOnlyList<ManifestCollection> Collections,
    IReadOnlyList<ManifestEvent> Timeline,
    IReadOnlyList<ManifestFile> Files)
{
    /// <summary>The format this version of the service writes and reads.</summary>
    public const int CurrentFormat = 1;

    public const string EntryName = "manifest.json";

    /// <summary>The ZIP entry of a stored file: built from its artifact id, never from a name a user chose.</summary>
    public static string PathOf(Guid artifactId) => $"artifacts/{artifactId:D}";
}

public sealed record ManifestProject(Guid Id, string Name, string? Description, string? ClientName, string Status, DateTime CreatedAt);

public sealed record ManifestMember(Guid UserId, string Email, string Name, string Role);

public sealed record ManifestDataset(
    Guid Id,
    string Name,
    string? Description,
    string? Source,
    long? Records,
    DateTime? AcquisitionDate,
    string? Phase,
    JsonElement? Tags,
    JsonElement? Metadata,
    DateTime CreatedAt,
    IReadOnlyList<ManifestVersion> Versions,
    DateTime? DeletedAt = null);

/// <param name="File">The ZIP entry of its file (see <see cref="ProjectManifest.Files"/>).</param>
public sealed record ManifestVersion(
    Guid Id,
    long Version,
    string FileName,
    string Format,
    string? Description,
    long RowCount,
    long ColumnCount,
    JsonElement Schema,
    JsonElement Statistics,
    JsonElement Quality,
    double QualityScore,
    long LongestValue,
    string File,
    DateTime CreatedAt);

public sealed record ManifestExperiment(
    Guid Id,
    string Name,
    string? Description,
    string? Phase,
    string? Hypothesis,
    JsonElement? Parameters,
    JsonElement? Metrics,
    string? Result,
    DateTime? RunDate,
    Guid? DatasetId,
    Guid? DatasetVersionId,
    string? TargetColumn,
    string? ProblemType,
    string? Status,
    DateTime? FinishedAt,
    DateTime CreatedAt);

public sealed record ManifestModel(Guid Id, Guid ExperimentId, string Name, string Algorithm, JsonElement? Metrics, string? File, string? FileName, DateTime CreatedAt);

public sealed record ManifestDeployment(Guid Id, Guid ModelId, string Name, string Stage, bool IsActive, DateTime CreatedAt);

public sealed record ManifestTask(Guid Id, string Name, string Status, DateTime CreatedAt);

public sealed record ManifestDecision(Guid Id, string Title, string Description, string Rationale, string Phase, DateTime DecisionDate, DateTime CreatedAt);

/// <param name="DatasetId">Null for a standalone collection.</param>
public sealed record ManifestCollection(Guid Id, Guid? DatasetId, string Name, IReadOnlyList<string> Members, DateTime CreatedAt);

/// <param name="Details">The event's extra fields, as the timeline shows them.</param>
public sealed record ManifestEvent(string Type, string Action, string Name, DateTime Timestamp, JsonElement? Details);

/// <param name="Path">The ZIP entry: <c>artifacts/&lt;artifact id&gt;</c>.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes; an import checks it.</param>
/// <param name="Size">Length in bytes; an import reads no more.</param>
public sealed record ManifestFile(string Path, string Sha256, long Size);
