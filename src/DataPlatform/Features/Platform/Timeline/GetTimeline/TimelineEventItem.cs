using System.Text.Json.Serialization;

namespace DataPlatform.Features.Platform.Timeline.GetTimeline;

/// <summary>One event. Fields after <c>actor_id</c> appear only on the event types that carry them.</summary>
/// <param name="Type">What the event is about: project, member, dataset, task, experiment, model, deployment, decision or collection.</param>
/// <param name="Action">What happened: created, updated, deleted, added, removed, role_changed, uploaded, version_added, logged.</param>
/// <param name="Name">The name of the thing (project name, member email, dataset name).</param>
/// <param name="ActorId">The user who did it; null if that user has since been deleted.</param>
/// <param name="UserId">Member events: the member.</param>
/// <param name="Email">Member events: the member's email.</param>
/// <param name="Role">Member events: the member's role after the change.</param>
/// <param name="DatasetId">Dataset events: the dataset.</param>
/// <param name="Version">Dataset uploads and new versions: the version number.</param>
/// <param name="Rows">Dataset uploads and new versions: rows of that version.</param>
/// <param name="Columns">Dataset uploads and new versions: columns of that version.</param>
/// <param name="ExperimentId">Experiment and model events: the experiment.</param>
/// <param name="Status">Experiment events: its status then.</param>
/// <param name="TargetColumn">Experiment events: the column it predicts.</param>
/// <param name="ProblemType">Experiment events: classification, regression, ...</param>
/// <param name="BestModelType">Experiment events: the algorithm of its most recent model.</param>
/// <param name="Duration">Experiment events: seconds it ran, once it ended.</param>
/// <param name="ModelId">Model and deployment events: the model.</param>
/// <param name="Stage">Deployment events: development, staging or production.</param>
/// <param name="IsActive">Deployment events: whether it serves.</param>
public sealed record TimelineEventItem(
    Guid Id,
    string Type,
    string Action,
    string Name,
    DateTime Timestamp,
    Guid? ActorId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? UserId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Email,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Role,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? DatasetId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Version,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Rows,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Columns,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? ExperimentId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TargetColumn,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ProblemType,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? BestModelType,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Duration,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? ModelId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Stage,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? IsActive);
