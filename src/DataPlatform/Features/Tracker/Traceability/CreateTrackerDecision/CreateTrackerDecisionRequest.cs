using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.CreateTrackerDecision;

/// <param name="Title">What was decided.</param>
/// <param name="Description">The decision in full.</param>
/// <param name="Rationale">Why.</param>
/// <param name="Phase">CRISP-DM phase.</param>
/// <param name="DecisionDate">ISO 8601 date of the decision.</param>
public sealed record CreateTrackerDecisionRequest(
    [property: Required, JsonPropertyName("title")] string? Title,
    [property: Required, JsonPropertyName("description")] string? Description,
    [property: Required, JsonPropertyName("rationale")] string? Rationale,
    [property: Required, JsonPropertyName("phase")] string? Phase,
    [property: Required, JsonPropertyName("decisionDate")] DateTime? DecisionDate) : ICommand<TrackerDecision>, IProjectScoped
{
    [JsonIgnore]
    public Guid ProjectId { get; init; }

    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Project(ProjectId);
}
