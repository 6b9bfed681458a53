using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Projects.UpdateProject;

/// <param name="Name">New name (required).</param>
/// <param name="Description">New description; omitted keeps it, empty clears it.</param>
/// <param name="Status">active or archived; omitted keeps it.</param>
public sealed record UpdateProjectRequest([property: Required] string? Name, string? Description = null, string? Status = null)
    : ICommand<UpdateProjectResponse>, IProjectScoped
{
    [JsonIgnore]
    public Guid ProjectId { get; init; }

    public static ProjectRole RequiredRole => ProjectRole.Owner;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Project(ProjectId);
}
