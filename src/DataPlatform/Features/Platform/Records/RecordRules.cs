using System.Data.Common;
using System.Text.Json;
using Dapper;
using DataPlatform.Domain.Records;
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

    /// <summary>An experiment's columns (<see cref="ExperimentRow"/>) and then its models' (<see cref="ExperimentModels"/>), from <c>experiments e</c>.</summary>
    public const string ExperimentColumns =
        $"""
        {ExperimentRow.Columns},
               (SELECT COUNT(*) FROM models x WHERE x.experiment_id = e.id) AS ModelCount,
               (SELECT x.algorithm FROM models x WHERE x.experiment_id = e.id ORDER BY x.created_at DESC, x.id DESC LIMIT 1) AS BestModelType
        """;

    public const string ExperimentSelect = $"SELECT {ExperimentColumns} FROM experiments e";

    public const string ModelSelect = $"SELECT {ModelRow.Columns} FROM {ModelRow.From}";

    public const string DeploymentSelect = $"SELECT {DeploymentRow.Columns} FROM deployments dp";

    /// <summary>Experiments as the Platform surface shows them, from <see cref="ExperimentSelect"/>.</summary>
    public static async Task<IEnumerable<ExperimentItem>> ExperimentsAsync(DbConnection connection, CommandDefinition command) =>
        await connection.QueryAsync<ExperimentRow, ExperimentModels, ExperimentItem>(command, RecordMapping.ToItem, splitOn: nameof(ExperimentModels.ModelCount));

    public static async Task<ExperimentItem> ExperimentAsync(DbConnection connection, DbTransaction? transaction, Guid id, CancellationToken cancellationToken) =>
        (await ExperimentsAsync(connection, new CommandDefinition(ExperimentSelect + " WHERE e.id = @Id", new { Id = id }, transaction, cancellationToken: cancellationToken))).SingleOrDefault()
        ?? throw new NotFoundException($"Experiment {id} not found.");

    public static async Task<ModelItem> ModelAsync(DbConnection connection, DbTransaction? transaction, Guid id, CancellationToken cancellationToken) =>
        (await connection.QuerySingleOrDefaultAsync<ModelRow>(new CommandDefinition(
            ModelSelect + " WHERE m.id = @Id", new { Id = id }, transaction, cancellationToken: cancellationToken)))?.ToItem()
        ?? throw new NotFoundException($"Model {id} not found.");

    public static async Task<DeploymentItem> DeploymentAsync(DbConnection connection, DbTransaction? transaction, Guid id, CancellationToken cancellationToken) =>
        (await connection.QuerySingleOrDefaultAsync<DeploymentRow>(new CommandDefinition(
            DeploymentSelect + " WHERE dp.id = @Id", new { Id = id }, transaction, cancellationToken: cancellationToken)))?.ToItem()
        ?? throw new NotFoundException($"Deployment {id} not found.");

    public static string? JsonText(JsonElement? value) => value is { ValueKind: JsonValueKind.Object } json ? json.GetRawText() : null;
}
