using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.CreateTrackerExperiment;

/// <param name="Name">Experiment name.</param>
/// <param name="Description">What the experiment does.</param>
/// <param name="Phase">CRISP-DM phase.</param>
/// <param name="Hypothesis">What it is expected to show.</param>
/// <param name="Parameters">Its settings: a JSON object.</param>
/// <param name="Metrics">Its results in numbers: a JSON object.</param>
/// <param name="Result">What it showed.</param>
/// <param name="RunDate">ISO 8601 date it ran.</param>
public sealed record CreateTrackerExperimentRequest(
    [property: Required, JsonPropertyName("name")] string? Name,
    [property: Required, JsonPropertyName("description")] string? Description,
    [property: Required, JsonPropertyName("phase")] string? Phase,
    [property: Required, JsonPropertyName("runDate")] DateTime? RunDate,
    [property: JsonPropertyName("hypothesis")] string? Hypothesis = null,
    [property: JsonPropertyName("parameters")] JsonElement? Parameters = null,
    [property: JsonPropertyName("metrics")] JsonElement? Metrics = null,
    [property: JsonPropertyName("result")] string? Result = null) : ICommand<TrackerExperiment>, IProjectScoped
{
    [JsonIgnore]
    public Guid ProjectId { get; init; }

    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Project(ProjectId);
}
