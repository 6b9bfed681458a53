namespace DataPlatform.Domain.Timeline;

/// <summary>What a timeline event is about; its wire name is the snake_case of the member (<see cref="TimelineWire"/>).</summary>
public enum TimelineSubject
{
    Project,
    Member,
    Dataset,
    Experiment,
    Model,
    Deployment,
    Task,
    Decision,
    Collection,
}
