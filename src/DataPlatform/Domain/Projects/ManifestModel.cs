using System.Text.Json;

namespace DataPlatform.Domain.Projects;

public sealed record ManifestModel(Guid Id, Guid ExperimentId, string Name, string Algorithm, JsonElement? Metrics, string? File, string? FileName, DateTime CreatedAt);
