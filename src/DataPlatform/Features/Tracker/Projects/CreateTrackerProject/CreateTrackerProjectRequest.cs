using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Mediator;

namespace DataPlatform.Features.Tracker.Projects.CreateTrackerProject;

/// <param name="ProjectName">Name of the project (at most 200 characters).</param>
/// <param name="ClientName">Name of the client (at most 200 characters).</param>
/// <param name="Description">Short description of the project scope or goals (at most 10,000 characters).</param>
public sealed record CreateTrackerProjectRequest(
    [property: Required, JsonPropertyName("projectName")] string? ProjectName,
    [property: Required, JsonPropertyName("clientName")] string? ClientName,
    [property: Required, JsonPropertyName("description")] string? Description) : ICommand<TrackerProject>;
