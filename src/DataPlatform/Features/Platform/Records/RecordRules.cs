using System.Data.Common;
using System.Text.Json;
using Dapper;
using DataPlatform.Infrastructure.Errors;

namespace DataPlatform.Features.Platform.Records;

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
