namespace DataPlatform.Features.Platform.Records;

/// <summary>What the Platform surface shows of an experiment's models, read with it (<see cref="RecordRules.ExperimentColumns"/>).</summary>
public sealed record ExperimentModels
{
    public required long ModelCount { get; init; }

    /// <summary>The algorithm of its most recently registered model.</summary>
    public required string? BestModelType { get; init; }
}
