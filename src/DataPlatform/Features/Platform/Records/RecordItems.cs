using System.Data.Common;
using System.Text.Json;
using Dapper;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Timeline;

namespace DataPlatform.Features.Platform.Records;

/// <summary>An experiment: an ML run on a dataset version, or an entry logged on the Tracker surface (the same table).</summary>
/// <param name="Phase">CRISP-DM phase (Tracker); null when logged here without one.</param>
/// <param name="DatasetVersionId">The version it trained on, when known.</param>
/// <param name="Status">pending, running, completed, succeeded, failed or cancelled.</param>
/// <param name="Metrics">A JSON object, or null.</param>
/// <param name="BestModelType">The algorithm of its most recently registered model.</param>
/// <param name="Duration">Seconds from creation to the status that ended it; null while it runs.</param>
public sealed record ExperimentItem(
    Guid Id,
    Guid ProjectId,
    string Name,
    string? Description,
    string? Phase,
    Guid? DatasetId,
    Guid? DatasetVersionId,
    string? TargetColumn,
    string? ProblemType,
    string Status,
    StoredJson? Metrics,
    long ModelCount,
    string? BestModelType,
    long? Duration,
    Guid? CreatedBy,
    DateTime CreatedAt,
    DateTime UpdatedAt);

/// <param name="ArtifactId">The stored model file, when one was uploaded.</param>
/// <param name="FileName">The uploaded file's name.</param>
public sealed record ModelItem(
    Guid Id,
    Guid ProjectId,
    Guid ExperimentId,
    string Name,
    string Algorithm,
    StoredJson? Metrics,
    Guid? ArtifactId,
    string? FileName,
    Guid? CreatedBy,
    DateTime CreatedAt,
    DateTime UpdatedAt);

/// <param name="Stage">development, staging or production.</param>
public sealed record DeploymentItem(
    Guid Id,
    Guid ProjectId,
    Guid ModelId,
    string Name,
    string Stage,
    bool IsActive,
    Guid? CreatedBy,
    DateTime CreatedAt,
    DateTime UpdatedAt);

/// <summary>The rules and queries experiments, models and deployments share.</summary>
public static class RecordRules
{
    public const int MaxListLimit = 500;

    public static readonly string[] Statuses = ["pending", "running", "completed", "succeeded", "failed", "cancelled"];

    /// <summary>Statuses that end a run: the experiment's duration is measured to the first of them.</summary>
    public static readonly string[] FinalStatuses = ["completed", "succeeded", "failed", "cancelled"];

    public static readonly string[] ProblemTypes = ["classification", "regression", "clustering", "forecasting", "other"];

    public static readonly string[] Stages = ["development", "staging", "production"];

    /// <summary>The columns of an <see cref="ExperimentRow"/>, from <c>experiments e</c>.</summary>
    public const string ExperimentColumns =
        """
        e.id AS Id, e.project_id AS ProjectId, e.name AS Name, e.description AS Description, e.phase AS Phase,
               e.dataset_id AS DatasetId, e.dataset_version_id AS DatasetVersionId, e.target_column AS TargetColumn,
               e.problem_type AS ProblemType, COALESCE(e.status, 'completed') AS Status, e.metrics AS Metrics,
               (SELECT COUNT(*) FROM models m WHERE m.experiment_id = e.id) AS ModelCount,
               (SELECT m.algorithm FROM models m WHERE m.experiment_id = e.id ORDER BY m.created_at DESC, m.id DESC LIMIT 1) AS BestModelType,
               e.finished_at AS FinishedAt, e.created_by AS CreatedBy, e.created_at AS CreatedAt, e.updated_at AS UpdatedAt
        """;

    public const string ExperimentSelect = $"SELECT {ExperimentColumns} FROM experiments e";

    /// <summary>The columns of a <see cref="ModelRow"/>, from <c>models m</c>.</summary>
    public const string ModelColumns =
        """
        m.id AS Id, m.project_id AS ProjectId, m.experiment_id AS ExperimentId, m.name AS Name, m.algorithm AS Algorithm,
               m.metrics AS Metrics, m.artifact_id AS ArtifactId, m.file_name AS FileName, m.created_by AS CreatedBy,
               m.created_at AS CreatedAt, m.updated_at AS UpdatedAt
        """;

    public const string ModelSelect = $"SELECT {ModelColumns} FROM models m";

    /// <summary>The columns of a <see cref="DeploymentRow"/>, from <c>deployments d</c>.</summary>
    public const string DeploymentColumns =
        """
        d.id AS Id, d.project_id AS ProjectId, d.model_id AS ModelId, d.name AS Name, d.stage AS Stage, d.is_active AS IsActive,
               d.created_by AS CreatedBy, d.created_at AS CreatedAt, d.updated_at AS UpdatedAt
        """;

    public const string DeploymentSelect = $"SELECT {DeploymentColumns} FROM deployments d";

    public static async Task<ExperimentItem> ExperimentAsync(DbConnection connection, DbTransaction? transaction, Guid id, CancellationToken cancellationToken) =>
        (await connection.QuerySingleOrDefaultAsync<ExperimentRow>(new CommandDefinition(
            ExperimentSelect + " WHERE e.id = @Id", new { Id = id }, transaction, cancellationToken: cancellationToken)))?.ToItem()
        ?? throw new NotFoundException($"Experiment {id} not found.");

    public static async Task<ModelItem> ModelAsync(DbConnection connection, DbTransaction? transaction, Guid id, CancellationToken cancellationToken) =>
        (await connection.QuerySingleOrDefaultAsync<ModelRow>(new CommandDefinition(
            ModelSelect + " WHERE m.id = @Id", new { Id = id }, transaction, cancellationToken: cancellationToken)))?.ToItem()
        ?? throw new NotFoundException($"Model {id} not found.");

    public static async Task<DeploymentItem> DeploymentAsync(DbConnection connection, DbTransaction? transaction, Guid id, CancellationToken cancellationToken) =>
        (await connection.QuerySingleOrDefaultAsync<DeploymentRow>(new CommandDefinition(
            DeploymentSelect + " WHERE d.id = @Id", new { Id = id }, transaction, cancellationToken: cancellationToken)))?.ToItem()
        ?? throw new NotFoundException($"Deployment {id} not found.");

    public static string? JsonText(JsonElement? value) => value is { ValueKind: JsonValueKind.Object } json ? json.GetRawText() : null;
}

public sealed record ExperimentRow
{
    public required Guid Id { get; init; }

    public required Guid ProjectId { get; init; }

    public required string Name { get; init; }

    public required string? Description { get; init; }

    public required string? Phase { get; init; }

    public required Guid? DatasetId { get; init; }

    public required Guid? DatasetVersionId { get; init; }

    public required string? TargetColumn { get; init; }

    public required string? ProblemType { get; init; }

    public required string Status { get; init; }

    public required string? Metrics { get; init; }

    public required long ModelCount { get; init; }

    public required string? BestModelType { get; init; }

    public required DateTime? FinishedAt { get; init; }

    public required Guid? CreatedBy { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public ExperimentItem ToItem() => new(
        Id, ProjectId, Name, Description, Phase, DatasetId, DatasetVersionId, TargetColumn, ProblemType, Status, StoredJson.From(Metrics), ModelCount,
        BestModelType, FinishedAt is { } finished ? (long)Math.Round((finished - CreatedAt).TotalSeconds) : null, CreatedBy, CreatedAt, UpdatedAt);
}

public sealed record ModelRow
{
    public required Guid Id { get; init; }

    public required Guid ProjectId { get; init; }

    public required Guid ExperimentId { get; init; }

    public required string Name { get; init; }

    public required string Algorithm { get; init; }

    public required string? Metrics { get; init; }

    public required Guid? ArtifactId { get; init; }

    public required string? FileName { get; init; }

    public required Guid? CreatedBy { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public ModelItem ToItem() => new(Id, ProjectId, ExperimentId, Name, Algorithm, StoredJson.From(Metrics), ArtifactId, FileName, CreatedBy, CreatedAt, UpdatedAt);
}

public sealed record DeploymentRow
{
    public required Guid Id { get; init; }

    public required Guid ProjectId { get; init; }

    public required Guid ModelId { get; init; }

    public required string Name { get; init; }

    public required string Stage { get; init; }

    public required long IsActive { get; init; }

    public required Guid? CreatedBy { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public DeploymentItem ToItem() => new(Id, ProjectId, ModelId, Name, Stage, IsActive != 0, CreatedBy, CreatedAt, UpdatedAt);
}

/// <summary>Timeline events of experiments, models and deployments, with the fields the seed shows.</summary>
public static class RecordEvents
{
    public static TimelineEntry Experiment(ExperimentItem experiment, TimelineAction action, Guid actorId, DateTime now) => new(
        experiment.ProjectId,
        TimelineSubject.Experiment,
        action,
        experiment.Name,
        actorId,
        now,
        new TimelineDetails(
            DatasetId: experiment.DatasetId,
            ExperimentId: experiment.Id,
            Status: experiment.Status,
            TargetColumn: experiment.TargetColumn,
            ProblemType: experiment.ProblemType,
            BestModelType: experiment.BestModelType,
            Duration: experiment.Duration));

    public static TimelineEntry Model(ModelItem model, TimelineAction action, Guid actorId, DateTime now) =>
        new(model.ProjectId, TimelineSubject.Model, action, model.Name, actorId, now, new TimelineDetails(ExperimentId: model.ExperimentId, ModelId: model.Id));

    public static TimelineEntry Deployment(DeploymentItem deployment, TimelineAction action, Guid actorId, DateTime now) =>
        new(deployment.ProjectId, TimelineSubject.Deployment, action, deployment.Name, actorId, now, new TimelineDetails(ModelId: deployment.ModelId, Stage: deployment.Stage, IsActive: deployment.IsActive));
}

/// <summary>The answer to a deletion.</summary>
public sealed record RecordDeleted(bool Ok);
