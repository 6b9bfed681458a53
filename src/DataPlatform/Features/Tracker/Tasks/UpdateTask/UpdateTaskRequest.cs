using System.Text.Json.Serialization;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Tracker.Tasks.UpdateTask;

/// <param name="Name">New name; omitted keeps it.</param>
/// <param name="Status">todo, in_progress or completed; omitted keeps it.</param>
public sealed record UpdateTaskRequest(
    [property: JsonPropertyName("name")] string? Name = null,
    [property: JsonPropertyName("status")] string? Status = null) : ICommand<TrackerTaskSummary>, IProjectScoped
{
    [JsonIgnore]
    public Guid ProjectId { get; init; }

    [JsonIgnore]
    public Guid TaskId { get; init; }

    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Project(ProjectId).With(ProjectChildKind.Task, TaskId);
}
