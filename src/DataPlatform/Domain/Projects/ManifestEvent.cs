using System.Text.Json;

namespace DataPlatform.Domain.Projects;

/// <param name="Details">The event's extra fields, as the timeline shows them.</param>
public sealed record ManifestEvent(string Type, string Action, string Name, DateTime Timestamp, JsonElement? Details);
