using System.ComponentModel.DataAnnotations;
using Mediator;

namespace DataPlatform.Features.Platform.Projects.CreateProject;

/// <param name="Name">Project name; trimmed, at most 200 characters.</param>
/// <param name="Description">Optional description, at most 10,000 characters.</param>
public sealed record CreateProjectRequest([property: Required] string? Name, string? Description = null) : ICommand<CreateProjectResponse>;
