namespace DataPlatform.Domain.Records;

/// <summary>A row of <c>deployments</c>, as every surface reads it: <see cref="Columns"/>, from <c>deployments dp</c>.</summary>
public sealed record DeploymentRow
{
    public const string Table = "deployments";

    public const string Columns =
        """
        dp.id AS Id, dp.project_id AS ProjectId, dp.model_id AS ModelId, dp.name AS Name, dp.stage AS Stage, dp.is_active AS IsActive,
               dp.created_by AS CreatedBy, dp.created_at AS CreatedAt, dp.updated_at AS UpdatedAt
        """;

    public required Guid Id { get; init; }

    public required Guid ProjectId { get; init; }

    public required Guid ModelId { get; init; }

    public required string Name { get; init; }

    public required string Stage { get; init; }

    /// <summary>1 or 0.</summary>
    public required long IsActive { get; init; }

    public required Guid? CreatedBy { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }
}
