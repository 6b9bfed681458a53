using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Tracker.Projects.UpdateTrackerProject;

/// <param name="ProjectName">Updated project name.</param>
/// <param name="ClientName">Updated client name.</param>
/// <param name="Description">Updated project description.</param>
public sealed record UpdateTrackerProjectRequest(
    [property: Required, JsonPropertyName("projectName")] string? ProjectName,
    [property: Required, JsonPropertyName("clientName")] string? ClientName,
    [property: Required, JsonPropertyName("description")] string? Description) : ICommand<TrackerProject>, IProjectScoped
{
    [JsonIgnore]
    public Guid ProjectId { get; init; }

    public static ProjectRole RequiredRole => ProjectRole.Owner;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Project(ProjectId);
}
