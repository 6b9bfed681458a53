using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Tracker.Tasks.CreateTask;

/// <param name="Name">What is to be done (at most 200 characters).</param>
/// <param name="Status">todo (default), in_progress or completed.</param>
public sealed record CreateTaskRequest(
    [property: Required, JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("status")] string? Status = null) : ICommand<TrackerTaskSummary>, IProjectScoped
{
    [JsonIgnore]
    public Guid ProjectId { get; init; }

    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Project(ProjectId);
}
