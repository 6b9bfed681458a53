namespace DataPlatform.Features.Tracker;

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
