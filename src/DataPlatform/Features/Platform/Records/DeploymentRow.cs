namespace DataPlatform.Features.Platform.Records;

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
