namespace DataPlatform.Domain.Datasets;

/// <summary>
/// A dataset row to write (<see cref="DatasetWriter"/>): <see cref="Name"/> normalised; the Tracker's
/// fields (<see cref="Source"/>, <see cref="Records"/>, <see cref="AcquisitionDate"/>, <see cref="Phase"/>)
/// and the Spaces fields (<see cref="Tags"/> and <see cref="Metadata"/>, as stored JSON) set by the surfaces
/// that have them; <see cref="CreatedAt"/> and <see cref="DeletedAt"/> differ from <see cref="Now"/> only in an import.
/// </summary>
public sealed record NewDataset(Guid Id, Guid ProjectId, string Name, string? Description, Guid CreatedBy, DateTime Now)
{
    public string? Source { get; init; }

    public long? Records { get; init; }

    public DateTime? AcquisitionDate { get; init; }

    public string? Phase { get; init; }

    public string? Tags { get; init; }

    public string? Metadata { get; init; }

    public DateTime? CreatedAt { get; init; }

    public DateTime? DeletedAt { get; init; }
}
