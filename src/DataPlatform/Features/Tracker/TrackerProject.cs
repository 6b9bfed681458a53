using System.Text.Json.Serialization;

namespace DataPlatform.Features.Tracker;

/// <summary>A project as the Tracker surface shows it.</summary>
/// <param name="Id">The project's id (the same UUID as on /api/projects).</param>
/// <param name="ProjectName">The project's name.</param>
/// <param name="ClientName">The client; empty for a project created without one (on /api/projects).</param>
/// <param name="Description">The description; empty when it has none.</param>
/// <param name="Manager">The user id of the project manager: the owner who joined first.</param>
/// <param name="Tasks">The project's tasks, oldest first.</param>
/// <param name="Team">The user ids of every member (the manager included), in the order they joined.</param>
public sealed record TrackerProject(
    [property: JsonPropertyName("_id")] Guid Id,
    [property: JsonPropertyName("projectName")] string ProjectName,
    [property: JsonPropertyName("clientName")] string ClientName,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("manager")] Guid? Manager,
    [property: JsonPropertyName("tasks")] IReadOnlyList<TrackerTaskSummary> Tasks,
    [property: JsonPropertyName("team")] IReadOnlyList<Guid> Team);
